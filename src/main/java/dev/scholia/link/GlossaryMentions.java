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
 * Where a body names glossary terms, and how often it uses each word. Walks the syntax tree, not
 * the source, so that text inside links, images and headings is never linked (code is not a text
 * node at all); only the first mention of each term in the body becomes a link, and a definition
 * does not link to its own term. Each text is split into words once, for both uses.
 *
 * @param mentions the linked first mentions, by the text node that holds them
 * @param counts how often each term is named, by slug (for related essays)
 * @param words how often each word occurs, stop words aside (for related essays)
 */
record GlossaryMentions(Map<Node, List<Mention>> mentions, Map<String, Integer> counts, Map<String, Integer> words) {

  /**
   * Finds the mentions in {@code body}; its word counts share strings through {@code canonicalWords}
   * (see {@link WordCounts}).
   */
  static GlossaryMentions find(Body body, GlossaryIndex index, Map<String, String> canonicalWords) {
    String ownTerm = body.kind() == Body.Kind.TERM ? body.slug() : null;
    Map<Node, List<Mention>> mentions = new IdentityHashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Integer> words = new HashMap<>();
    body.document()
        .accept(
            new AbstractVisitor() {
              /** How many links, images or headings enclose the current node. */
              private int unlinkable;

              @Override
              public void visit(Link link) {
                outsideLinks(link);
              }

              @Override
              public void visit(Image image) {
                outsideLinks(image);
              }

              @Override
              public void visit(Heading heading) {
                outsideLinks(heading);
              }

              private void outsideLinks(Node node) {
                unlinkable++;
                visitChildren(node);
                unlinkable--;
              }

              @Override
              public void visit(Text text) {
                List<WordSpans.Word> split = WordSpans.of(text.getLiteral());
                RelatedEssays.count(split, words);
                if (unlinkable > 0) {
                  return;
                }
                for (GlossaryIndex.Match match : index.find(text.getLiteral(), split)) {
                  boolean first = counts.merge(match.slug(), 1, Integer::sum) == 1;
                  if (first && !match.slug().equals(ownTerm)) {
                    mentions.computeIfAbsent(text, t -> new ArrayList<>()).add(new Mention(match.start(), match.end(), match.slug()));
                  }
                }
              }
            });
    return new GlossaryMentions(mentions, new TreeMap<>(counts), WordCounts.of(words, canonicalWords));
  }
}
