package dev.scholia.essay;

import dev.scholia.classify.Classification;
import java.util.List;
import java.util.Map;

/**
 * What a split did.
 *
 * @param classifications every paragraph's classification, in thread order
 * @param essayOfLine for each paragraph's location ({@code seeds/x.txt:12}), the essay holding it
 * @param keptLines locations of paragraphs that were already in an essay and stayed there
 * @param written essay files written, relative to the root
 * @param removed essay files removed by {@code --fresh}
 */
public record SplitResult(
    List<Classification> classifications,
    Map<String, String> essayOfLine,
    java.util.Set<String> keptLines,
    List<String> written,
    List<String> removed) {

  public SplitResult {
    classifications = List.copyOf(classifications);
    essayOfLine = Map.copyOf(essayOfLine);
    keptLines = java.util.Set.copyOf(keptLines);
    written = List.copyOf(written);
    removed = List.copyOf(removed);
  }
}
