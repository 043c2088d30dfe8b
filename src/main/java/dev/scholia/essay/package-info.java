/**
 * Essay assembly, the heart of {@code split}: routes classified paragraphs to essays, keeps each comment's
 * paragraphs together in reading order, renumbers footnotes per essay and writes
 * {@code content/essays/*.md} (YAML front matter by Jackson, body by commonmark-java's Markdown
 * renderer), leaving everything editors already placed or wrote as it is.
 */
package dev.scholia.essay;
