package dev.scholia.fidelity;

import dev.scholia.model.SourceLine;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.Node;

/**
 * Where the thread's words went: for each essay block that quotes the thread, its source line;
 * for each source line, the essay and anchor that hold it.
 */
public final class Provenance {
  /**
   * Where one line of the thread is placed.
   *
   * @param essay slug of the essay holding it
   * @param anchor fragment id of the block within the essay page
   * @param attachedTo for a footnote, the line of the paragraph carrying its marker
   */
  public record Placement(String essay, String anchor, SourceLine attachedTo) {}

  private final Map<Node, SourceLine> lineOfNode;
  private final Map<SourceLine, Placement> placementOfLine;
  private final Map<String, List<SourceLine>> linesOfEssay;

  /** Takes both maps as they are: the checker that made them drops them. */
  Provenance(IdentityHashMap<Node, SourceLine> lineOfNode, Map<SourceLine, Placement> placementOfLine) {
    this.lineOfNode = lineOfNode;
    // Not copied, and grouped by essay in one pass over the entries: a map with a key per thread
    // line costs a cache miss per line to build (the lines lie all over a large heap), and a
    // rebuild after an edit makes this again.
    this.placementOfLine = Collections.unmodifiableMap(placementOfLine);
    Map<String, List<SourceLine>> byEssay = new HashMap<>();
    placementOfLine.forEach((line, placement) -> byEssay.computeIfAbsent(placement.essay(), essay -> new ArrayList<>()).add(line));
    byEssay.values().forEach(lines -> lines.sort(Comparator.comparing(SourceLine::seed).thenComparingInt(SourceLine::line)));
    this.linesOfEssay = byEssay;
  }

  private Provenance(Map<Node, SourceLine> lineOfNode, Provenance placed) {
    this.lineOfNode = lineOfNode;
    this.placementOfLine = placed.placementOfLine;
    this.linesOfEssay = placed.linesOfEssay;
  }

  /** The same placements, for other syntax trees whose blocks quote the same lines. */
  Provenance withNodes(IdentityHashMap<Node, SourceLine> lineOfNode) {
    return new Provenance(lineOfNode, this);
  }

  /** The thread line an essay paragraph or footnote definition quotes, or {@code null}. */
  public SourceLine lineOf(Node node) {
    return lineOfNode.get(node);
  }

  /** Where a thread line was placed, or {@code null} (bylines and blank lines are not placed). */
  public Placement placementOf(SourceLine line) {
    return placementOfLine.get(line);
  }

  /** Whether {@code other} places every thread line where this does (nodes aside). */
  boolean placesLinesAs(Provenance other) {
    return placementOfLine.equals(other.placementOfLine);
  }

  /** The thread lines an essay quotes, in thread order. */
  public List<SourceLine> linesOf(String essay) {
    return linesOfEssay.getOrDefault(essay, List.of());
  }

  /** The fragment id of the block quoting {@code line}: stable, and unique within any essay. */
  public static String anchorOf(SourceLine line) {
    return line.seedName() + "-L" + line.line();
  }
}
