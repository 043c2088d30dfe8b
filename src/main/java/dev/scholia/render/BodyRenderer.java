package dev.scholia.render;

import dev.scholia.fidelity.Provenance;
import dev.scholia.markdown.Markdown;
import dev.scholia.model.MarkdownText;
import dev.scholia.model.SourceLine;
import java.util.Set;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders Markdown bodies to HTML. Content comes from many hands in pull requests, so, as in Hugo
 * and Zola, raw HTML in it is shown as text and unsafe URLs are neutralised unless the archive
 * opts in with {@code unsafeHtml: true} in {@code content/site.yaml}. Even then, the thread's own
 * words stay text: HTML inside a block that quotes the thread is always escaped.
 */
public final class BodyRenderer {
  private final Provenance provenance;
  private final boolean trustHtml;

  /**
   * @param provenance where essay blocks come from in the thread
   * @param trustHtml whether editors' raw HTML is published as HTML ({@code unsafeHtml: true})
   */
  public BodyRenderer(Provenance provenance, boolean trustHtml) {
    this.provenance = provenance;
    this.trustHtml = trustHtml;
  }

  /** Renders an essay's syntax tree; blocks quoting the thread get their line's anchor. */
  public String render(Node document) {
    return builder().attributeProviderFactory(context -> anchors()).build().render(document);
  }

  /** Renders a body that quotes nothing: theme introductions, glossary definitions. */
  public String renderPlain(MarkdownText text) {
    return builder().build().render(Markdown.parse(text));
  }

  private HtmlRenderer.Builder builder() {
    HtmlRenderer.Builder builder =
        HtmlRenderer.builder().extensions(Markdown.EXTENSIONS).escapeHtml(!trustHtml).sanitizeUrls(!trustHtml);
    return trustHtml ? builder.nodeRendererFactory(AuthorHtmlAsText::new) : builder;
  }

  private AttributeProvider anchors() {
    return (node, tagName, attributes) -> {
      SourceLine line = provenance.lineOf(node);
      if (line != null && tagName.equals("p")) {
        attributes.put("id", Provenance.anchorOf(line));
      }
    };
  }

  /** With trusted HTML on: inline HTML is raw in editors' text, but text in the thread's words. */
  private final class AuthorHtmlAsText implements NodeRenderer {
    private final HtmlNodeRendererContext context;

    AuthorHtmlAsText(HtmlNodeRendererContext context) {
      this.context = context;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      return Set.of(HtmlInline.class);
    }

    @Override
    public void render(Node node) {
      String literal = ((HtmlInline) node).getLiteral();
      if (quotesThread(node)) {
        context.getWriter().text(literal);
      } else {
        context.getWriter().raw(literal);
      }
    }

    private boolean quotesThread(Node node) {
      for (Node n = node; n != null; n = n.getParent()) {
        if (provenance.lineOf(n) != null) {
          return true;
        }
      }
      return false;
    }
  }
}
