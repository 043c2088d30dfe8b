package dev.scholia.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scholia.model.Comment;
import dev.scholia.model.Diagnostics;
import dev.scholia.model.Discussion;
import dev.scholia.model.Footnote;
import dev.scholia.model.Paragraph;
import dev.scholia.thread.ThreadReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {
  private static Discussion segment(String thread, Diagnostics diagnostics) {
    return Segmenter.segment("seeds/t.txt", ThreadReader.read("seeds/t.txt", thread.getBytes(StandardCharsets.UTF_8)), diagnostics);
  }

  /** Each comment as the line numbers of its paragraphs. */
  private static List<List<Integer>> comments(Discussion discussion) {
    return discussion.comments().stream().map(c -> c.paragraphs().stream().map(p -> p.source().line()).toList()).toList();
  }

  @Test
  void footnoteAttachesToMarkerInSameComment() {
    Discussion d =
        segment(
            "Soil first [1]. Then water.\n[1] Loam, ideally.\nada\nCompost is slow [1] but cheap.\nTherefore start early.\n[1] A year at least.\n",
            new Diagnostics());
    Paragraph first = d.comments().get(0).paragraphs().get(0);
    Paragraph second = d.comments().get(1).paragraphs().get(0);
    assertEquals(List.of(2), first.footnotes().stream().map(n -> n.source().line()).toList());
    assertEquals(List.of(6), second.footnotes().stream().map(n -> n.source().line()).toList());
    assertEquals("ada", d.comments().get(1).author());
  }

  @Test
  void theSeedsFootnotesEachAttachToTheParagraphCarryingTheirMarker() throws IOException {
    byte[] bytes = Files.readAllBytes(Path.of("seeds/000_3f6c69fe8045744c.txt"));
    Discussion d = Segmenter.segment("seeds/s.txt", ThreadReader.read("seeds/s.txt", bytes), new Diagnostics());
    List<String> attached = d.paragraphs().stream().flatMap(p -> p.footnotes().stream().map(n -> n.source().line() + "->" + p.source().line())).toList();
    assertEquals(List.of("5->3", "15->12", "16->13"), attached);
  }

  @Test
  void aNoteWithoutItsMarkerIsKeptAsAStrayNoteWithAWarning() {
    Diagnostics diagnostics = new Diagnostics();
    Discussion d = segment("Plain paragraph.\n[2] Orphan note.\n", diagnostics);
    Comment comment = d.comments().get(0);
    assertEquals(List.of("2"), comment.strayNotes().stream().map(Footnote::marker).toList());
    assertEquals("seeds/t.txt:2: warning: footnote [2] has no marker in its comment; kept as a note of the comment", diagnostics.all().get(0).format().lines().findFirst().orElseThrow());
  }

  @Test
  void aMarkerWithoutADefinitionStaysLiteralText() {
    Paragraph p = segment("A list [3] of things.\n", new Diagnostics()).paragraphs().get(0);
    assertEquals("A list [3] of things.", p.comparableText());
  }

  @Test
  void aFirstEnumerationItemOpensACommentAndALaterOneContinuesIt() {
    Discussion d =
        segment(
            "Tomatoes need steady watering.\nFirstly, compost piles need air.\nSecondly, compost piles need water.\nSecond, on tomatoes: pinch the side shoots.\n",
            new Diagnostics());
    assertEquals(List.of(List.of(1), List.of(2, 3), List.of(4)), comments(d), "a second Second opens its own reply");
  }

  @Test
  void connectivesContinueAndATopicChangeOpensAComment() {
    Discussion d =
        segment(
            "Tomato plants crack when watering is irregular.\nTherefore water them on a schedule.\n"
                + "Irregular watering of tomato plants also causes blossom end rot.\nMy cat ignores the new scratching post entirely.\n",
            new Diagnostics());
    assertEquals(List.of(List.of(1, 2, 3), List.of(4)), comments(d));
  }

  @Test
  void aQuoteOpensAReplyAndTheNextParagraphContinuesIt() {
    Discussion d = segment("Water tomatoes daily.\n> water tomatoes daily\nNo: deeply, twice a week.\n", new Diagnostics());
    assertEquals(List.of(List.of(1), List.of(2, 3)), comments(d));
    assertTrue(d.paragraphs().get(1).quote());
    assertEquals("water tomatoes daily", d.paragraphs().get(1).text());
  }

  @Test
  void aThreadWithBlankLinesMarksItsCommentsAndNothingIsInferred() {
    Discussion d = segment("Firstly, one.\nSecond thought, unrelated cats.\n\nFirstly, two.\n", new Diagnostics());
    assertEquals(List.of(List.of(1, 2), List.of(4)), comments(d));
  }
}
