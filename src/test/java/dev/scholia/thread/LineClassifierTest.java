package dev.scholia.thread;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scholia.model.LineKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineClassifierTest {
  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "orthonormal | BYLINE",
        "@ada_l | BYLINE",
        "mira.k-2 | BYLINE",
        "Agreed. | TEXT",
        "[1] Human attention, not transformer attention. | FOOTNOTE",
        "[^note]: A Markdown footnote definition. | FOOTNOTE",
        "[1]: not a note (a colon after a number) | TEXT",
        "[vote for Clinton] was the plan. | TEXT",
        "even though it was fruitless for them to [vote for Clinton] | QUOTE",
        "> Painted lanes are better than nothing | QUOTE",
        "Interesting! I'd love to see the info you saw. | TEXT",
        "'   ' | BLANK",
      })
  void classifiesALineByItsOwnText(String line, LineKind kind) {
    assertEquals(kind, LineClassifier.classify(line));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"[1] note  | 1 | note", "[12] a b | 12 | a b", "[^x1]: the note | ^x1 | the note", "[^2]:tight | ^2 | tight"})
  void footnoteMarkerAndTextAreReadFromTheDefinition(String line, String marker, String text) {
    assertEquals(marker, LineClassifier.footnoteMarker(line));
    assertEquals(text, LineClassifier.footnoteText(line));
  }
}
