package dev.scholia.render;

import dev.scholia.fidelity.Provenance;
import dev.scholia.link.LinkedBody;
import dev.scholia.link.Links;
import dev.scholia.markdown.Markdown;
import dev.scholia.model.SourceLine;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.commonmark.Extension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders linked Markdown bodies to HTML. Content comes from many hands in pull requests, so, as
 * in Hugo and Zola, raw HTML in it is shown as text and unsafe URLs are neutralised unless the
 * archive opts in with {@code unsafeHtml: true} in {@code content/site.yaml}. Even then, the
 * thread's own words stay text: HTML inside a block that quotes the thread is always escaped.
 * Footnotes, annotations, glossary mentions and the links around thread paragraphs are drawn by
 * {@link BodyNodeRenderer}; ids and link targets come from the link stage, so the page has exactly
 * the anchors the link check accepted.
 */
public final class BodyRenderer {
  /**
   * Footnotes are drawn here as sidenotes rather than as the extension's end-of-page list, and
   * heading ids come from the link stage, which checked links against them.
   */
  private static final List<Extension> EXTENSIONS =
      Markdown.EXTENSIONS.stream()
          .filter(e -> !(e instanceof FootnotesExtension) && !(e instanceof HeadingAnchorExtension))
          .toList();

  private final Provenance provenance;
  private final Links links;
  private final Function<String, String> essayTitles;
  private final boolean trustHtml;

  /**
   * @param provenance where essay blocks come from in the thread
   * @param links the archive's links
   * @param essayTitles the title of an essay by slug, for continuation links
   * @param trustHtml whether editors' raw HTML is published as HTML ({@code unsafeHtml: true})
   */
  public BodyRenderer(Provenance provenance, Links links, Function<String, String> essayTitles, boolean trustHtml) {
    this.provenance = provenance;
    this.links = links;
    this.essayTitles = essayTitles;
    this.trustHtml = trustHtml;
  }

  /**
   * Renders a body for a page whose path back to the site root is {@code root} ({@code ../../}).
   */
  public String render(LinkedBody body, String root) {
    BodyNodeRenderer.Page page = new BodyNodeRenderer.Page(body, provenance, links, essayTitles, root);
    HtmlRenderer.Builder builder =
        HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(!trustHtml)
            .sanitizeUrls(!trustHtml)
            .nodeRendererFactory(context -> new BodyNodeRenderer(context, page))
            .attributeProviderFactory(context -> attributes(page));
    if (trustHtml) {
      builder.nodeRendererFactory(AuthorHtmlAsText::new);
    }
    return builder.build().render(body.body().document());
  }

  private AttributeProvider attributes(BodyNodeRenderer.Page page) {
    return (node, tagName, attributes) -> {
      if (node instanceof Link && page.body().hrefOf(node) != null) {
        String href = page.body().hrefOf(node);
        attributes.put("href", href.startsWith("#") ? href : page.root() + href);
        // The URL sanitiser marks every link nofollow; a link within the archive is not untrusted.
        attributes.remove("rel");
      } else if (node instanceof Heading && page.body().headingIdOf(node) != null) {
        attributes.put("id", page.body().headingIdOf(node));
      } else if (tagName.equals("p")) {
        SourceLine line = provenance.lineOf(node);
        if (line != null) {
          attributes.put("id", Provenance.anchorOf(line));
        }
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
