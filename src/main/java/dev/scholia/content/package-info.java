/**
 * Reading the editors' side of the archive: {@code content/site.yaml}, themes, essays and glossary
 * terms, each a Markdown file with YAML front matter parsed by Jackson. Every value keeps its file
 * and line so that later stages can point at it; unknown or missing keys are errors. {@link
 * dev.scholia.content.Scaffold} writes the files {@code scholia new} creates, in the same format.
 */
package dev.scholia.content;
