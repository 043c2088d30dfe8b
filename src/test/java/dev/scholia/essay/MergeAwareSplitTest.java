package dev.scholia.essay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scholia.model.Diagnostic;
import dev.scholia.model.ScholiaException;
import dev.scholia.site.ArchiveCompiler;
import dev.scholia.testing.Fixtures;
import dev.scholia.testing.TreeSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Curated content wins: split keeps what editors did and places only what no essay holds. */
class MergeAwareSplitTest {
  private static final String ESPRESSO_SHOT = "For espresso, yes. Blade grinders give a mix of dust and boulders";
  private static final String WARM_SPOT = "So before you change flour, find a warm spot";
  private static final String LIGHT_ROASTS = "I'd disagree with the 1:2 ratio for light roasts";

  @TempDir Path root;
  private Path coffee;
  private Path knives;
  private Path sourdough;

  @BeforeEach
  void splitTheKitchenThread() {
    Archives.copyThreadAndThemes(Archives.THREADS.resolve("kitchen"), root);
    Splitter.split(root, true);
    coffee = root.resolve("content/essays/coffee.md");
    knives = root.resolve("content/essays/knives.md");
    sourdough = root.resolve("content/essays/sourdough.md");
  }

  @Test
  void runningSplitTwiceChangesNothing() {
    TreeSnapshot before = TreeSnapshot.of(root.resolve("content"));
    SplitResult again = Splitter.split(root, false);
    assertEquals(before, TreeSnapshot.of(root.resolve("content")));
    assertEquals(0, again.written().size());
    assertEquals(again.classifications().size(), again.keptLines().size(), "every paragraph was already placed");
  }

  @Test
  void aParagraphAnEditorMovedStaysWhereTheyPutIt() throws IOException {
    String block = blockStartingWith(coffee, ESPRESSO_SHOT);
    write(coffee, read(coffee).replace(block, ""));
    write(knives, read(knives) + "\n" + block);
    TreeSnapshot edited = TreeSnapshot.of(root.resolve("content"));

    Splitter.split(root, false);

    assertEquals(edited, TreeSnapshot.of(root.resolve("content")));
    ArchiveCompiler.compile(root);
  }

  @Test
  void titlesSummariesAndAnnotationsEditorsWroteAreKeptAndARestoredParagraphReturnsToItsPlace() throws IOException {
    String edited =
        read(coffee)
            .replaceFirst("title: .*", "title: \"Grinders first, then beans\"")
            .replaceFirst("summary: .*", "summary: \"What matters most for espresso at home.\"")
            .replace("---\n\n", "---\n\n> [!NOTE]\n> An editor's note stays put.\n\n");
    write(coffee, edited.replace(blockStartingWith(coffee, ESPRESSO_SHOT), ""));

    SplitResult result = Splitter.split(root, false);

    assertEquals(java.util.List.of("content/essays/coffee.md"), result.written());
    assertEquals(edited, read(coffee), "the paragraph is back after its thread neighbour, and nothing else changed");
    ArchiveCompiler.compile(root);
  }

  @Test
  void aRestoredParagraphGoesAfterItsNeighboursFootnoteDefinitionAndStaysInTheCommentTheReadingOrderMoved() throws IOException {
    assertSplitRestoresTheSourdoughBlock(WARM_SPOT);
  }

  @Test
  void paragraphsDeletedFromTheMiddleOfACommentEachReturnBesideTheirOwnNeighbours() throws IOException {
    String placed =
        sourdoughAfterSplitting(
            "seeds/winter.txt",
            "crumbly\nMy sourdough starter sulks in winter.\nA warm spot for the starter helps.\nSo does a stiffer levain.\nAnd rye flour wakes the starter up.\n");
    write(sourdough, placed.replace(blockStartingWith(sourdough, "A warm spot"), "").replace(blockStartingWith(sourdough, "And rye flour"), ""));

    Splitter.split(root, false);

    assertEquals(placed, read(sourdough));
  }

  @Test
  void aParagraphDeletedWithoutItsFootnoteComesBackOnceAndPointsAtTheDefinitionLeftBehind() throws IOException {
    String original = read(coffee);
    write(coffee, original.replace(blockStartingWith(coffee, LIGHT_ROASTS), ""));
    Splitter.split(root, false);
    assertEquals(original, read(coffee), "the paragraph is back before its own definition, which is not quoted twice");
    ArchiveCompiler.compile(root);
  }

  @Test
  void aParagraphWhoseFootnoteAnEditorMovedToAnotherEssayIsRestoredBesideIt() throws IOException {
    String definition = blockStartingWith(coffee, "[^1]: 1:2.5");
    write(coffee, read(coffee).replace(blockStartingWith(coffee, LIGHT_ROASTS), "").replace(definition, ""));
    write(knives, read(knives) + "\n" + definition.replace("[^1]", "[^7]"));
    String coffeeBefore = read(coffee);

    Splitter.split(root, false);

    assertEquals(coffeeBefore, read(coffee));
    assertTrue(read(knives).contains("for light roasts [^7]. They"), "only a reference in the note's essay can point at it:\n" + read(knives));
    ArchiveCompiler.compile(root);
  }

  @Test
  void aParagraphDeletedWhileItsNotesWereKeptInTwoEssaysStopsTheSplitNamingBoth() throws IOException {
    String placed =
        sourdoughAfterSplitting(
            "seeds/notes.txt", "crumbly\nMy sourdough starter needs warmth [1] and rye [2].\n[1] Said in spring.\n[2] Said in winter.\n");
    String spring = placed.substring(placed.lastIndexOf("[^", placed.indexOf("]: Said in spring.")), placed.indexOf("Said in spring.\n") + 16);
    write(sourdough, placed.replace(blockStartingWith(sourdough, "My sourdough starter needs warmth"), "").replace(spring, ""));
    write(knives, read(knives) + "\n" + spring.replaceFirst("\\[\\^\\d+]", "[^7]"));
    TreeSnapshot before = TreeSnapshot.of(root.resolve("content"));

    ScholiaException e = assertThrows(ScholiaException.class, () -> Splitter.split(root, false));

    Diagnostic problem = e.diagnostics().stream().filter(d -> d.path().startsWith("seeds/")).findFirst().orElseThrow();
    assertEquals("seeds/notes.txt:2", problem.path() + ":" + problem.line());
    assertTrue(problem.message().contains("content/essays/knives.md") && problem.message().contains("content/essays/sourdough.md"), problem.message());
    assertTrue(problem.hint().contains("one essay"), problem.hint());
    assertEquals(before, TreeSnapshot.of(root.resolve("content")));
  }

  @Test
  void aRepeatedParagraphDeletedWithoutItsFootnoteComesBackWithItsOwnNote() throws IOException {
    String placed =
        sourdoughAfterSplitting(
            "seeds/again.txt",
            "crumbly\nMy sourdough starter needs warmth [1].\n[1] Said in spring.\n\noven_mitt\nMy sourdough starter needs warmth [1].\n[1] Said in winter.\n");
    write(sourdough, placed.replaceFirst("My sourdough starter needs warmth \\[\\^\\d+]\\.\n\n", ""));

    Splitter.split(root, false);

    String after = read(sourdough);
    assertTrue(
        after.endsWith("[^2]: Said in spring.\n\nMy sourdough starter needs warmth [^3].\n\n[^3]: Said in winter.\n\nMy sourdough starter needs warmth [^2].\n"),
        "the copy left behind is the one whose note its footnote quotes; the first copy, with no earlier neighbour, returns at the end:\n" + after);
    ArchiveCompiler.compile(root);
  }

  @Test
  void aRestoredParagraphGoesAfterItsThreadNeighbourEvenWhenAnEarlierParagraphsNoteComesBetweenThemInTheThread() throws IOException {
    String placed =
        sourdoughAfterSplitting(
            "seeds/winter.txt",
            "crumbly\nMy sourdough starter sulks in winter [1].\nA warm spot for the starter fixed it.\n[1] The kitchen is at 17 °C.\n\n"
                + "oven_mitt\nMy sourdough starter liked rye flour in winter.\n");
    write(sourdough, placed.replace(blockStartingWith(sourdough, "My sourdough starter liked rye"), ""));

    Splitter.split(root, false);

    assertEquals(placed, read(sourdough), "a note stands after all of its comment's paragraphs in the thread, so it is no neighbour");
  }

  @Test
  void aNewThreadIsAppendedWithFootnoteNumbersAfterTheEssaysOwnAndItsSourceListed() throws IOException {
    String editedTitle = read(sourdough).replaceFirst("title: .*", "title: \"Bread through the winter\"");
    write(sourdough, editedTitle);
    Fixtures.write(
        root.resolve("seeds/later.txt"),
        "My sourdough loaf has a pale crust and a gummy crumb [1]. More flour, or a longer bake?\n"
            + "[1] Baked at 220 °C for 35 minutes, in a loaf tin.\n");

    Splitter.split(root, false);

    String after = read(sourdough);
    assertTrue(after.contains("title: Bread through the winter"), "the edited title is kept when sources are rewritten:\n" + after);
    assertTrue(after.contains("- seeds/later.txt"), "the new thread is listed in sources:\n" + after);
    assertTrue(after.contains("gummy crumb [^2]"), "the essay already uses [^1]:\n" + after);
    assertTrue(after.contains("[^2]: Baked at 220 °C"), after);
    ArchiveCompiler.compile(root);
  }

  @Test
  void freshStartsOverFromTheThread() throws IOException {
    TreeSnapshot first = TreeSnapshot.of(root.resolve("content"));
    write(coffee, read(coffee).replaceFirst("title: .*", "title: Edited"));
    write(root.resolve("content/essays/stale.md"), "---\ntitle: Stale\ntheme: other\n---\n");

    SplitResult result = Splitter.split(root, true);

    assertEquals(first, TreeSnapshot.of(root.resolve("content")));
    assertEquals(java.util.List.of("content/essays/stale.md"), result.removed());
  }

  @Test
  void anAlteredParagraphStopsTheSplitBeforeAnythingIsWritten() throws IOException {
    write(coffee, read(coffee).replace("bitter and sour at once", "bitter at once"));
    String block = blockStartingWith(knives, "Whetstone, every time.");
    write(knives, read(knives).replace(block, ""));
    TreeSnapshot before = TreeSnapshot.of(root.resolve("content"));

    ScholiaException e = assertThrows(ScholiaException.class, () -> Splitter.split(root, false));

    assertTrue(e.diagnostics().stream().anyMatch(d -> d.path().equals("content/essays/coffee.md") && d.line() > 0), e.diagnostics().toString());
    assertFalse(e.diagnostics().stream().anyMatch(d -> d.message().contains("in no essay")), "unplaced paragraphs are split's job, not errors");
    assertEquals(before, TreeSnapshot.of(root.resolve("content")));
  }

  @Test
  void firstlyIsReadBeforeSecondEvenWhenTheThreadHasThemReversed() throws IOException {
    String text = read(sourdough);
    assertTrue(text.indexOf("Firstly, temperature") < text.indexOf("Second, on hydration"), text);
    assertTrue(text.indexOf(WARM_SPOT) < text.indexOf("Second, on hydration"), "the Firstly comment stays together");
    assertTrue(text.indexOf("Second, on hydration") < text.indexOf("That also makes the"), "and so does the Second one");
  }

  @Test
  void aParagraphRestoredAfterCommentsTheReadingOrderSwappedReturnsAfterBothOfThem() throws IOException {
    // Firstly's comment comes before Second's, and Back to bread after both, as a fresh split has it.
    assertSplitRestoresTheSourdoughBlock("Back to bread");
  }

  /** Deletes the block starting with {@code prefix} from the sourdough essay; split puts it back exactly. */
  private void assertSplitRestoresTheSourdoughBlock(String prefix) throws IOException {
    String original = read(sourdough);
    write(sourdough, original.replace(blockStartingWith(sourdough, prefix), ""));
    Splitter.split(root, false);
    assertEquals(original, read(sourdough));
  }

  /** Adds a thread to the seeds, splits, and returns the sourdough essay as split wrote it. */
  private String sourdoughAfterSplitting(String seed, String thread) throws IOException {
    write(root.resolve(seed), thread);
    Splitter.split(root, false);
    return read(sourdough);
  }

  /** The Markdown block (paragraph and its blank line) that starts with {@code prefix}. */
  private static String blockStartingWith(Path file, String prefix) throws IOException {
    String text = read(file);
    int start = text.indexOf(prefix);
    assertTrue(start >= 0, prefix + " in " + file);
    int end = text.indexOf("\n\n", start);
    return text.substring(start, end < 0 ? text.length() : end + 2);
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file);
  }

  private static void write(Path file, String text) {
    Fixtures.write(file, text);
  }
}
