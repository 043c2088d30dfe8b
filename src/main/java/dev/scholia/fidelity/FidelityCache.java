package dev.scholia.fidelity;

import dev.scholia.markdown.ParsedEssay;
import dev.scholia.model.Discussion;
import dev.scholia.model.SourceLine;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.commonmark.node.Node;

/**
 * What the fidelity check keeps from one build to the next in a long-running session: the
 * threads' units while the threads are the same list (the compile cache hands out the same one
 * until a seed changes), each essay's blocks while its syntax tree is the same object, and the
 * last check's result. The matching runs essay by essay in slug order, as a full build runs it:
 * which essay claims a repeated text depends on every essay before it. So it runs again unless
 * every essay, in the same order, has blocks that claim alike ({@link EssayBlocks#claimsAlike}):
 * then it would claim the same units, and the last result is moved onto the new trees. An edit
 * to a title or an annotation is that case, and matching 4,000 essays again was a fifth of such a
 * rebuild. A fresh cache gives exactly a full build's result.
 */
public final class FidelityCache {
  private final Map<Node, EssayBlocks> blocks = new ConcurrentHashMap<>();
  private List<Discussion> discussions;
  private ThreadUnits units;
  private Checked last;

  /** A check that found nothing wrong, with what it checked. */
  private record Checked(ThreadUnits units, List<String> slugs, List<EssayBlocks> blocks, Provenance provenance) {}

  synchronized ThreadUnits units(List<Discussion> now) {
    if (now != discussions) {
      units = ThreadUnits.of(now);
      discussions = now;
    }
    return units;
  }

  /** Each essay's blocks, in order; the blocks of trees no longer in the archive are forgotten. */
  List<EssayBlocks> blocksOf(List<ParsedEssay> essays) {
    List<EssayBlocks> found = essays.parallelStream().map(this::blocks).toList();
    blocks.keySet().retainAll(essays.stream().map(ParsedEssay::document).collect(Collectors.toSet()));
    return found;
  }

  private EssayBlocks blocks(ParsedEssay essay) {
    // Not computeIfAbsent: that would hold a lock of the map while the tree is walked.
    EssayBlocks known = blocks.get(essay.document());
    if (known == null) {
      known = EssayBlocks.of(essay.document());
      blocks.put(essay.document(), known);
    }
    return known;
  }

  /**
   * The last check's result for these essays, or {@code null} when checking them could come out
   * otherwise (or the last check found problems, whose messages name lines of the old files).
   */
  Provenance replay(ThreadUnits units, List<ParsedEssay> essays, List<EssayBlocks> now) {
    if (last == null || last.units() != units || last.blocks().size() != now.size()) {
      return null;
    }
    for (int i = 0; i < now.size(); i++) {
      if (!essays.get(i).slug().equals(last.slugs().get(i)) || !now.get(i).claimsAlike(last.blocks().get(i))) {
        return null;
      }
    }
    IdentityHashMap<Node, SourceLine> lineOfNode = new IdentityHashMap<>();
    for (int i = 0; i < now.size(); i++) {
      EssayBlocks then = last.blocks().get(i);
      List<EssayBlocks.Block> paragraphs = now.get(i).paragraphs();
      for (int k = 0; k < paragraphs.size(); k++) {
        moveLine(then.paragraphs().get(k).node(), paragraphs.get(k).node(), lineOfNode);
      }
      now.get(i).definitions().forEach((label, definition) -> moveLine(then.definitions().get(label), definition, lineOfNode));
    }
    Provenance replayed = last.provenance().withNodes(lineOfNode);
    remember(units, essays, now, replayed);
    return replayed;
  }

  private void moveLine(Node from, Node to, IdentityHashMap<Node, SourceLine> lineOfNode) {
    SourceLine line = last.provenance().lineOf(from);
    if (line != null) {
      lineOfNode.put(to, line);
    }
  }

  /** Keeps a check's result for {@link #replay}; {@code null} forgets the last one. */
  void remember(ThreadUnits units, List<ParsedEssay> essays, List<EssayBlocks> checked, Provenance provenance) {
    last = provenance == null ? null : new Checked(units, essays.stream().map(ParsedEssay::slug).toList(), checked, provenance);
  }
}
