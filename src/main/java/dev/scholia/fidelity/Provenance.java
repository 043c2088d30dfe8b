package dev.scholia.fidelity;

import dev.scholia.model.SourceLine;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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

  Provenance(IdentityHashMap<Node, SourceLine> lineOfNode, Map<SourceLine, Placement> placementOfLine) {
    this.lineOfNode = lineOfNode;
    this.placementOfLine = Map.copyOf(placementOfLine);
    this.linesOfEssay =
        placementOfLine.keySet().stream()
            .sorted(Comparator.comparing(SourceLine::seed).thenComparingInt(SourceLine::line))
            .collect(Collectors.groupingBy(line -> placementOfLine.get(line).essay(), Collectors.toList()));
  }

  /** The thread line an essay paragraph or footnote definition quotes, or {@code null}. */
  public SourceLine lineOf(Node node) {
    return lineOfNode.get(node);
  }

  /** Where a thread line was placed, or {@code null} (bylines and blank lines are not placed). */
  public Placement placementOf(SourceLine line) {
    return placementOfLine.get(line);
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
