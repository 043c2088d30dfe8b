package dev.scholia.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Where a body names glossary terms. Walks the syntax tree, not the source, so that text inside
 * links, images, headings and code (code is not a text node at all) is never linked; only the
 * first mention of each term in the body becomes a link, and a definition does not link to its
 * own term.
 *
 * @param mentions the linked first mentions, by the text node that holds them
 * @param counts how often each term is named, by slug (for related essays)
 */
record GlossaryMentions(Map<Node, List<Mention>> mentions, Map<String, Integer> counts) {

  static GlossaryMentions find(Body body, GlossaryIndex index) {
    String ownTerm = body.kind() == Body.Kind.TERM ? body.slug() : null;
    Map<Node, List<Mention>> mentions = new IdentityHashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    body.document()
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(Link link) {}

              @Override
              public void visit(Image image) {}

              @Override
              public void visit(Heading heading) {}

              @Override
              public void visit(Text text) {
                for (GlossaryIndex.Match match : index.find(text.getLiteral())) {
                  boolean first = counts.merge(match.slug(), 1, Integer::sum) == 1;
                  if (first && !match.slug().equals(ownTerm)) {
                    mentions.computeIfAbsent(text, t -> new ArrayList<>()).add(new Mention(match.start(), match.end(), match.slug()));
                  }
                }
              }
            });
    return new GlossaryMentions(mentions, new TreeMap<>(counts));
  }
}
