package dev.scholia.link;

import dev.scholia.fidelity.PlacementMemo;
import dev.scholia.fidelity.Provenance;
import dev.scholia.model.Discussion;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.commonmark.node.Node;

/**
 * What the link stage keeps from one build to the next in a long-running session ({@code serve}),
 * so that a rebuild after an edit costs what the edit reaches rather than what the archive holds:
 * the glossary mentions and word counts of every body whose syntax tree is unchanged (the same
 * tree object: the compile cache hands out the same parse while a file's text is equal), valid
 * while the glossary names the same things; the related-essays ranking, which updates itself
 * from those counts; and the continuations, while the threads and every line's placement are
 * the same. A fresh cache gives exactly a full build's result.
 */
public final class LinkCache {
  private final Map<Node, GlossaryMentions> mentions = new ConcurrentHashMap<>();
  private final RelatedEssays related = new RelatedEssays();
  private GlossaryIndex glossary;
  private final PlacementMemo<List<Continuation>> continuations = new PlacementMemo<>();

  /** Starts a build with {@code index}: mentions found with another glossary are forgotten. */
  void useGlossary(GlossaryIndex index) {
    // A fresh cache compares nothing: a record's equals is generated on first use, which a
    // one-off build would pay for nothing.
    if (glossary == null || !glossary.equals(index)) {
      mentions.clear();
      glossary = index;
    }
  }

  /** The mentions in {@code body}, found again only when its tree is new. */
  GlossaryMentions mentions(Body body, Supplier<GlossaryMentions> find) {
    // Theme and glossary bodies are parsed again on every build, so only essays are kept.
    if (body.kind() != Body.Kind.ESSAY) {
      return find.get();
    }
    // Not computeIfAbsent: that would hold a lock of the map while the body is walked.
    GlossaryMentions known = mentions.get(body.document());
    if (known == null) {
      known = find.get();
      mentions.put(body.document(), known);
    }
    return known;
  }

  /** Forgets the trees that are no longer part of the archive, so a session does not grow. */
  void retain(Set<Node> documents) {
    mentions.keySet().retainAll(documents);
  }

  /**
   * The continuations between essays, found again only when a thread or a line's placement
   * changed: they follow from nothing else, and an edit to a title or a note moves no line.
   */
  List<Continuation> continuations(List<Discussion> discussions, Provenance provenance) {
    return continuations.get(discussions, provenance, null, () -> Continuations.find(discussions, provenance));
  }

  Map<String, List<String>> related(List<RelatedEssays.Profile> essays) {
    return related.update(essays);
  }
}
