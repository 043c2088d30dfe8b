package dev.scholia.essay;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scholia.classify.Classification;
import dev.scholia.content.ContentReader;
import dev.scholia.model.Diagnostics;
import dev.scholia.model.Theme;
import dev.scholia.segment.Words;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Threads the classifier was not written for, each with its own themes and a hand-labelled
 * reading in {@code labels.tsv}: the split must agree on 90% of lines and beat the naive
 * baseline that gives each paragraph the theme with most keyword matches and carries it over
 * to neighbours without any.
 */
class UnseenThreadsTest {
  private static final Path THREADS = Archives.THREADS;

  @ParameterizedTest
  @ValueSource(strings = {"kitchen", "cities"})
  void agreesWithHandLabelsAndBeatsCarryingKeywordsToNeighbours(String name, @org.junit.jupiter.api.io.TempDir Path dir) {
    Path root = Archives.copyThreadAndThemes(THREADS.resolve(name), dir);
    Map<Integer, String> labels = Labels.read("threads/" + name + "/labels.tsv");
    List<Classification> classifications = Splitter.split(root, true).classifications();

    Agreement ours = Agreement.of(classifications, labels);
    Agreement baseline = Agreement.of(carryKeywords(classifications, ContentReader.read(root, new Diagnostics()).themes()), labels);
    assertTrue(ours.total() == labels.size(), name + ": every labelled line is a paragraph");
    assertTrue(ours.ratio() >= 0.9, name + ": " + ours);
    assertTrue(ours.ratio() > baseline.ratio(), name + ": ours " + ours + " versus baseline " + baseline);
  }

  /** The baseline: most keyword matches wins; a paragraph without any takes the previous one's theme. */
  private static Map<Integer, String> carryKeywords(List<Classification> classifications, List<Theme> themes) {
    String catchAll = themes.stream().filter(Theme::catchAll).map(Theme::slug).findFirst().orElseThrow();
    Map<Integer, String> chosen = new HashMap<>();
    String previous = catchAll;
    for (Classification c : classifications) {
      List<String> tokens = Words.tokens(c.paragraph().text());
      String best = null;
      int bestCount = 0;
      for (Theme theme : themes) {
        int count = 0;
        for (var keyword : theme.keywords()) {
          List<String> phrase = Words.tokens(keyword.phrase());
          count += phrase.isEmpty() ? 0 : Collections.indexOfSubList(tokens, phrase) >= 0 ? 1 : 0;
        }
        if (count > bestCount) {
          best = theme.slug();
          bestCount = count;
        }
      }
      previous = best != null ? best : previous;
      chosen.put(c.paragraph().source().line(), previous);
    }
    return chosen;
  }
}
