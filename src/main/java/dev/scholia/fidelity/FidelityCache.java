package dev.scholia.fidelity;

import dev.scholia.markdown.ParsedEssay;
import dev.scholia.model.Discussion;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.commonmark.node.Node;

/**
 * What the fidelity check keeps from one build to the next in a long-running session: the
 * threads' units while the threads are the same list (the compile cache hands out the same one
 * until a seed changes), and each essay's blocks while its syntax tree is the same object. The
 * matching itself runs again on every build, essay by essay in slug order, as a full build runs
 * it: which essay claims a repeated text depends on every essay before it. A fresh cache gives
 * exactly a full build's result.
 */
public final class FidelityCache {
  private final Map<Node, EssayBlocks> blocks = new ConcurrentHashMap<>();
  private List<Discussion> discussions;
  private ThreadUnits units;

  synchronized ThreadUnits units(List<Discussion> now) {
    if (now != discussions) {
      units = ThreadUnits.of(now);
      discussions = now;
    }
    return units;
  }

  EssayBlocks blocks(ParsedEssay essay) {
    // Not computeIfAbsent: that would hold a lock of the map while the tree is walked.
    EssayBlocks known = blocks.get(essay.document());
    if (known == null) {
      known = EssayBlocks.of(essay.document());
      blocks.put(essay.document(), known);
    }
    return known;
  }

  /** Forgets the trees that are no longer part of the archive, so a session does not grow. */
  void retain(Set<Node> documents) {
    blocks.keySet().retainAll(documents);
  }
}
