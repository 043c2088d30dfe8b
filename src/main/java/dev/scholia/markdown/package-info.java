/**
 * The one place where scholia's Markdown dialect is configured: CommonMark with footnotes, GFM
 * tables and heading anchors, source positions on blocks, and the conventions layered on the
 * syntax tree (editor's annotations as {@code > [!NOTE]} blockquotes; the author's text as plain
 * text with footnote references).
 */
package dev.scholia.markdown;
