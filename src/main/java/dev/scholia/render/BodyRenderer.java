package dev.scholia.render;

import dev.scholia.fidelity.Provenance;
import dev.scholia.markdown.Markdown;
import dev.scholia.model.MarkdownText;
import dev.scholia.model.SourceLine;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders Markdown bodies to HTML. Raw HTML in content is escaped and unsafe URLs are neutralised,
 * as in Hugo and Zola: content comes from many hands in pull requests.
 */
public final class BodyRenderer {
  private final Provenance provenance;

  public BodyRenderer(Provenance provenance) {
    this.provenance = provenance;
  }

  /** Renders an essay's syntax tree; blocks quoting the thread get their line's anchor. */
  public String render(Node document) {
    return builder().attributeProviderFactory(context -> anchors()).build().render(document);
  }

  /** Renders a body that quotes nothing: theme introductions, glossary definitions. */
  public static String renderPlain(MarkdownText text) {
    return builder().build().render(Markdown.parse(text));
  }

  private static HtmlRenderer.Builder builder() {
    return HtmlRenderer.builder().extensions(Markdown.EXTENSIONS).escapeHtml(true).sanitizeUrls(true);
  }

  private AttributeProvider anchors() {
    return (node, tagName, attributes) -> {
      SourceLine line = provenance.lineOf(node);
      if (line != null && tagName.equals("p")) {
        attributes.put("id", Provenance.anchorOf(line));
      }
    };
  }
}
