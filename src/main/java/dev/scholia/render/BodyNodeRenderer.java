package dev.scholia.render;

import dev.scholia.fidelity.Provenance;
import dev.scholia.link.Continuation;
import dev.scholia.link.Footnotes;
import dev.scholia.link.LinkedBody;
import dev.scholia.link.Links;
import dev.scholia.link.Mention;
import dev.scholia.link.Urls;
import dev.scholia.markdown.Annotations;
import dev.scholia.model.SourceLine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Document;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Draws what scholia adds to CommonMark. It takes over the containers of blocks (the document,
 * blockquotes, list items) so that around each block it can add:
 *
 * <ul>
 *   <li>before a thread paragraph: where its reply came from ({@code Continued from …}) and the
 *       link back to its line on the thread page;
 *   <li>after a block: the notes it references, as sidenotes (a CSS grid puts them in the margin
 *       on wide screens and under the paragraph on narrow ones), then where the reply goes next.
 * </ul>
 *
 * A {@code > [!NOTE]} blockquote becomes an editor's note, labelled as such; footnote references
 * become numbered markers; the first mention of a glossary term in a text node becomes a link.
 */
final class BodyNodeRenderer implements NodeRenderer {
  /** What the renderer knows about the page it draws a body for. */
  record Page(LinkedBody body, Provenance provenance, Links links, Function<String, String> essayTitles, String root) {}

  private final HtmlNodeRendererContext context;
  private final HtmlWriter html;
  private final Page page;

  BodyNodeRenderer(HtmlNodeRendererContext context, Page page) {
    this.context = context;
    this.html = context.getWriter();
    this.page = page;
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(Document.class, BlockQuote.class, ListItem.class, Text.class, FootnoteReference.class, FootnoteDefinition.class);
  }

  @Override
  public void render(Node node) {
    if (node instanceof Document) {
      flow(node);
    } else if (node instanceof BlockQuote quote) {
      blockQuote(quote);
    } else if (node instanceof ListItem item) {
      html.tag("li", context.extendAttributes(item, "li", Map.of()));
      flow(item);
      html.tag("/li");
      html.line();
    } else if (node instanceof Text text) {
      text(text);
    } else if (node instanceof FootnoteReference reference) {
      marker(reference);
    }
    // A FootnoteDefinition renders nowhere of its own: its note follows the block citing it.
  }

  private void flow(Node container) {
    for (Node child = container.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof FootnoteDefinition) {
        continue;
      }
      SourceLine line = page.provenance().lineOf(child);
      if (line != null) {
        page.links().to(line).forEach(c -> continuation(c, false));
        sourceLink(line);
      }
      if (Annotations.isAnnotation(container) && child == container.getFirstChild()) {
        paragraphAfterMarker((Paragraph) child);
      } else {
        context.render(child);
      }
      sidenotes(page.body().footnotes().notesAfter(child));
      if (line != null) {
        page.links().from(line).forEach(c -> continuation(c, true));
      }
    }
  }

  private void blockQuote(BlockQuote quote) {
    html.line();
    if (Annotations.isAnnotation(quote)) {
      html.tag("div", attrs("class", "annotation", "role", "note"));
      html.tag("p", attrs("class", "annotation-label"));
      html.text("Editor’s note");
      html.tag("/p");
      flow(quote);
      html.tag("/div");
    } else {
      html.tag("blockquote", context.extendAttributes(quote, "blockquote", Map.of()));
      flow(quote);
      html.tag("/blockquote");
    }
    html.line();
  }

  /** The first paragraph of an annotation without its {@code [!NOTE]} line. */
  private void paragraphAfterMarker(Paragraph first) {
    Node rest = first.getFirstChild().getNext();
    if (rest instanceof SoftLineBreak) {
      rest = rest.getNext();
    }
    if (rest == null) {
      return;
    }
    html.tag("p");
    for (Node n = rest; n != null; ) {
      Node next = n.getNext();
      context.render(n);
      n = next;
    }
    html.tag("/p");
    html.line();
  }

  private void text(Text text) {
    List<Mention> mentions = page.body().mentionsIn(text);
    String literal = text.getLiteral();
    int at = 0;
    for (Mention mention : mentions) {
      html.text(literal.substring(at, mention.start()));
      html.tag("a", attrs("class", "glossary-term", "href", page.root() + Urls.term(mention.slug())));
      html.text(literal.substring(mention.start(), mention.end()));
      html.tag("/a");
      at = mention.end();
    }
    html.text(literal.substring(at));
  }

  private void marker(FootnoteReference reference) {
    Footnotes.Marker marker = page.body().footnotes().marker(reference);
    if (marker == null) {
      html.text("[^" + reference.getLabel() + "]");
      return;
    }
    String note = marker.note().id();
    html.tag("sup", attrs("class", "note-ref"));
    html.tag("a", attrs("href", "#" + note, "id", marker.id(), "role", "doc-noteref", "aria-describedby", note));
    html.text(String.valueOf(marker.note().number()));
    html.tag("/a");
    html.tag("/sup");
  }

  private void sidenotes(List<Footnotes.Note> notes) {
    if (notes.isEmpty()) {
      return;
    }
    html.line();
    html.tag("div", attrs("class", "sidenotes"));
    for (Footnotes.Note note : notes) {
      html.tag("div", attrs("class", "sidenote", "id", note.id(), "role", "doc-footnote"));
      html.tag("span", attrs("class", "sidenote-number"));
      html.text(note.number() + ".");
      html.tag("/span");
      for (Node child = note.definition().getFirstChild(); child != null; child = child.getNext()) {
        context.render(child);
      }
      String back = "fnref-" + note.number();
      html.tag("a", attrs("class", "note-back", "href", "#" + back, "aria-label", "Back to reference " + note.number()));
      html.text("↩");
      html.tag("/a");
      html.tag("/div");
      html.line();
    }
    html.tag("/div");
    html.line();
  }

  private void sourceLink(SourceLine line) {
    html.tag(
        "a",
        attrs(
            "class", "source-line",
            "href", page.root() + Urls.threadLine(line),
            "title", line.seed() + ", line " + line.line(),
            "aria-label", "Line " + line.line() + " of the thread"));
    html.text(String.valueOf(line.line()));
    html.tag("/a");
    html.line();
  }

  private void continuation(Continuation continuation, boolean leaving) {
    SourceLine other = leaving ? continuation.to() : continuation.from();
    Provenance.Placement placement = page.provenance().placementOf(other);
    if (placement == null) {
      return;
    }
    String lead =
        switch (continuation.kind()) {
          case PART -> leaving ? "This reply continues in " : "Continued from ";
          case REFERENCE -> leaving ? "The reply referred to is in " : "Referred to in ";
        };
    html.tag("div", attrs("class", "continuation " + (leaving ? "continuation-next" : "continuation-previous")));
    html.text(lead);
    html.tag("a", attrs("href", page.root() + Urls.essay(placement.essay()) + "index.html#" + placement.anchor()));
    html.text(page.essayTitles().apply(placement.essay()));
    html.tag("/a");
    html.text(leaving ? " →" : "");
    html.tag("/div");
    html.line();
  }

  private static Map<String, String> attrs(String... pairs) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      out.put(pairs[i], pairs[i + 1]);
    }
    return out;
  }
}
