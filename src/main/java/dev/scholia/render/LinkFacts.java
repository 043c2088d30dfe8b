package dev.scholia.render;

import dev.scholia.fidelity.Provenance;
import dev.scholia.link.Continuation;
import dev.scholia.link.Footnotes;
import dev.scholia.link.LinkedBody;
import dev.scholia.link.Links;
import dev.scholia.model.SourceLine;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * Everything a rendered body takes from outside its own Markdown (resolved links, glossary
 * mentions, heading ids, note numbers, thread anchors, continuations and the titles they show),
 * as a list of strings that compares by value. Incremental rebuilds compare it between builds: an
 * essay's page is re-rendered when its own source or these facts change, and only then.
 */
final class LinkFacts {
  private LinkFacts() {}

  static List<String> of(LinkedBody body, Provenance provenance, Links links, Function<String, String> titles) {
    List<String> facts = new ArrayList<>();
    body.body()
        .document()
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(Link link) {
                facts.add("href " + body.hrefOf(link));
                visitChildren(link);
              }

              @Override
              public void visit(Text text) {
                body.mentionsIn(text).forEach(m -> facts.add("term " + m.start() + "-" + m.end() + " " + m.slug()));
              }

              @Override
              public void visit(Heading heading) {
                facts.add("heading " + body.headingIdOf(heading));
                visitChildren(heading);
              }

              @Override
              public void visit(Paragraph paragraph) {
                SourceLine line = provenance.lineOf(paragraph);
                if (line != null) {
                  facts.add("line " + line.location());
                  links.to(line).forEach(c -> facts.add(describe(c, c.from(), provenance, titles)));
                  links.from(line).forEach(c -> facts.add(describe(c, c.to(), provenance, titles)));
                }
                visitChildren(paragraph);
              }

              @Override
              public void visit(CustomNode node) {
                Footnotes.Marker marker = body.footnotes().marker(node);
                if (marker != null) {
                  facts.add("note " + marker.id() + " " + marker.note().id() + " " + marker.note().number());
                }
                visitChildren(node);
              }
            });
    return List.copyOf(facts);
  }

  /** A continuation as its link shows it: which way, to which essay and anchor, under what title. */
  private static String describe(Continuation c, SourceLine other, Provenance provenance, Function<String, String> titles) {
    Provenance.Placement placement = provenance.placementOf(other);
    String link = placement == null ? "" : " " + placement.essay() + "#" + placement.anchor() + " " + titles.apply(placement.essay());
    return "continuation " + c.kind() + " " + c.from().location() + " " + c.to().location() + link;
  }
}
