package dev.scholia.link;

import dev.scholia.markdown.Markdown;
import dev.scholia.model.MarkdownText;
import org.commonmark.node.Node;

/**
 * A Markdown body that becomes (part of) a page: an essay, a theme's introduction or a glossary
 * definition, parsed once and shared by linking and rendering.
 *
 * @param kind what the body belongs to
 * @param slug the essay's, theme's or term's slug
 * @param url the page it renders on, relative to the site root (a folder URL ending in {@code /})
 * @param text the Markdown with its file and first line
 * @param document the parsed syntax tree; never changed after parsing
 */
public record Body(Kind kind, String slug, String url, MarkdownText text, Node document) {

  /** What a body belongs to. */
  public enum Kind {
    ESSAY,
    THEME,
    TERM
  }

  public static Body parse(Kind kind, String slug, String url, MarkdownText text) {
    return new Body(kind, slug, url, text, Markdown.parse(text));
  }

  public String path() {
    return text.path();
  }

  /** The file line where {@code node} starts. */
  public int lineOf(Node node) {
    return Markdown.lineOf(text, node);
  }
}
