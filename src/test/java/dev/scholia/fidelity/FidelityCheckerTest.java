package dev.scholia.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scholia.markdown.ParsedEssay;
import dev.scholia.model.Diagnostic;
import dev.scholia.model.Diagnostics;
import dev.scholia.model.Discussion;
import dev.scholia.model.EssaySource;
import dev.scholia.model.MarkdownText;
import dev.scholia.segment.Segmenter;
import dev.scholia.thread.ThreadReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;

class FidelityCheckerTest {
  private static final String THREAD =
      "Compost needs greens and browns [1]. Turn it weekly.\n"
          + "Water in the morning, not at night.\n"
          + "[1] Greens are wet, browns are dry.\n";

  private static final String FAITHFUL =
      "Compost needs greens and browns [^1]. Turn it weekly.\n\n"
          + "[^1]: Greens are wet, browns are dry.\n\n"
          + "Water in the morning, not at night.\n";

  @Test
  void aFaithfulEssayPlacesEveryLine() {
    Diagnostics diagnostics = new Diagnostics();
    Provenance provenance = check(FAITHFUL, diagnostics);
    assertEquals(List.of(), diagnostics.all());
    assertEquals(3, provenance.linesOf("e").size());
    var note = provenance.linesOf("e").get(2);
    assertEquals(1, provenance.placementOf(note).attachedTo().line(), "the note belongs to line 1");
  }

  @Test
  void anAlteredParagraphNamesTheEssayLineAndTheClosestSeedLine() {
    List<Diagnostic> errors = errors(FAITHFUL.replace("not at night", "never at night"));
    Diagnostic altered = errors.stream().filter(d -> d.path().equals("content/essays/e.md")).findFirst().orElseThrow();
    assertEquals(10, altered.line(), "the paragraph's line in the file, after 4 lines of front matter");
    assertTrue(altered.message().contains("seeds/t.txt:2"), altered.message());
    assertTrue(altered.message().contains("differs at character 24"), altered.message());
    assertTrue(errors.stream().anyMatch(d -> d.path().equals("seeds/t.txt") && d.line() == 2), "and the seed line is lost");
  }

  @Test
  void aReferenceWhoseDefinitionWasDeletedIsExplainedAtTheParagraph() {
    List<Diagnostic> errors = errors(FAITHFUL.replace("[^1]: Greens are wet, browns are dry.\n\n", ""));
    Diagnostic paragraph = errors.stream().filter(d -> d.path().equals("content/essays/e.md")).findFirst().orElseThrow();
    assertEquals(6, paragraph.line());
    assertTrue(paragraph.hint().contains("give the reference its definition back"), paragraph.format());
  }

  @Test
  void aDeletedParagraphIsReportedAtItsSeedLine() {
    List<Diagnostic> errors = errors(FAITHFUL.replace("Water in the morning, not at night.\n", ""));
    assertEquals(1, errors.size(), errors.toString());
    assertEquals("seeds/t.txt:2: error: paragraph is in no essay (its neighbour line 1 is at content/essays/e.md:6)", errors.get(0).format().lines().findFirst().get());
  }

  @Test
  void aDuplicatedParagraphNamesBothPlaces() {
    List<Diagnostic> errors = errors(FAITHFUL + "\nWater in the morning, not at night.\n");
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).message().startsWith("duplicate of seeds/t.txt:2, already quoted at content/essays/e.md:10"), errors.get(0).message());
  }

  @Test
  void annotationsAreNotTheAuthorsText() {
    Diagnostics diagnostics = new Diagnostics();
    check(FAITHFUL + "\n> [!NOTE]\n> Editors may explain anything here.\n", diagnostics);
    assertEquals(List.of(), diagnostics.all());
  }

  @Test
  void aFootnoteMovedToAnotherParagraphIsAnError() {
    String moved =
        "Compost needs greens and browns. Turn it weekly.\n\n"
            + "Water in the morning, not at night.[^1]\n\n"
            + "[^1]: Greens are wet, browns are dry.\n";
    assertTrue(errors(moved).size() >= 2);
  }

  @Test
  void escapedMarkdownMatchesTheLiteralThreadText() {
    Diagnostics diagnostics = new Diagnostics();
    Discussion thread = discussion("Use *only* water_cans < 5; # no heading.\n");
    ParsedEssay essay = essay("Use \\*only\\* water\\_cans \\< 5; \\# no heading.\n");
    FidelityChecker.check(List.of(thread), List.of(essay), diagnostics);
    assertEquals(List.of(), diagnostics.all());
  }

  @Test
  void aRepeatedParagraphIsTheCopyWhoseNotesItsFootnotesQuote() {
    Discussion thread = discussion("Water deeply [1].\n[1] Once a week.\n\ngardener\nWater deeply [1].\n[1] Twice in a heat wave.\n");
    ParsedEssay swapped = essay("Water deeply [^1].\n\n[^1]: Twice in a heat wave.\n\nWater deeply [^2].\n\n[^2]: Once a week.\n");
    Diagnostics diagnostics = new Diagnostics();
    Provenance provenance = FidelityChecker.check(List.of(thread), List.of(swapped), diagnostics);
    assertEquals(List.of(), diagnostics.all());
    assertEquals(5, provenance.lineOf(swapped.document().getFirstChild()).line(), "the first block quotes the second copy");
  }

  @Test
  void aSessionsCheckAfterAnAnnotationEditPlacesTheNewTreeAsAFreshCheckWould() {
    List<Discussion> threads = List.of(discussion(THREAD));
    FidelityCache cache = new FidelityCache();
    FidelityChecker.check(threads, List.of(essay(FAITHFUL)), new Diagnostics(), cache);
    ParsedEssay annotated = essay("> [!NOTE]\n> An editor's note.\n\n" + FAITHFUL);
    Diagnostics diagnostics = new Diagnostics();
    Provenance again = FidelityChecker.check(threads, List.of(annotated), diagnostics, cache);
    Provenance fresh = FidelityChecker.check(threads, List.of(annotated), new Diagnostics());
    assertEquals(List.of(), diagnostics.all());
    assertTrue(again.placesLinesAs(fresh));
    for (Node block = annotated.document().getFirstChild(); block != null; block = block.getNext()) {
      assertEquals(fresh.lineOf(block), again.lineOf(block), "block at line " + annotated.lineOf(block));
    }
    assertEquals(fresh.linesOf("e"), again.linesOf("e"));
  }

  @Test
  void aSessionsCheckAfterAnEditToTheQuotedTextFindsTheProblem() {
    List<Discussion> threads = List.of(discussion(THREAD));
    FidelityCache cache = new FidelityCache();
    FidelityChecker.check(threads, List.of(essay(FAITHFUL)), new Diagnostics(), cache);
    Diagnostics diagnostics = new Diagnostics();
    FidelityChecker.check(threads, List.of(essay(FAITHFUL.replace("not at night", "never at night"))), diagnostics, cache);
    assertTrue(diagnostics.hasErrors(), "an altered paragraph is checked again, not replayed");
  }

  private static List<Diagnostic> errors(String body) {
    Diagnostics diagnostics = new Diagnostics();
    check(body, diagnostics);
    return diagnostics.all();
  }

  private static Provenance check(String body, Diagnostics diagnostics) {
    return FidelityChecker.check(List.of(discussion(THREAD)), List.of(essay(body)), diagnostics);
  }

  private static Discussion discussion(String text) {
    return Segmenter.segment("seeds/t.txt", ThreadReader.read("seeds/t.txt", text.getBytes(StandardCharsets.UTF_8)), new Diagnostics());
  }

  private static ParsedEssay essay(String body) {
    return ParsedEssay.parse(
        new EssaySource("e", "E", "t", "", Integer.MAX_VALUE, List.of(), new MarkdownText("content/essays/e.md", 6, body), 3));
  }
}
