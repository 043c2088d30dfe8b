package dev.scholia.essay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scholia.render.Archive;
import dev.scholia.site.ArchiveCompiler;
import dev.scholia.testing.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever split writes, build accepts: every paragraph once, verbatim, notes by their markers. */
class SplitRoundTripTest {
  @ParameterizedTest
  @ValueSource(strings = {"kitchen", "cities", "garden"})
  void splitThenBuildPlacesEveryLineWithEachNoteBesideItsParagraph(String name, @TempDir Path root) {
    Archives.copyThreadAndThemes(Archives.THREADS.resolve(name), root);
    SplitResult result = Splitter.split(root, true);
    Archive archive = ArchiveCompiler.compile(root);
    for (var c : result.classifications()) {
      var placement = archive.provenance().placementOf(c.paragraph().source());
      assertEquals(c.theme(), placement.essay(), c.paragraph().source().location());
      for (var note : c.paragraph().footnotes()) {
        var notePlacement = archive.provenance().placementOf(note.source());
        assertEquals(placement.essay(), notePlacement.essay(), note.source().location());
        assertEquals(c.paragraph().source(), notePlacement.attachedTo(), note.source().location());
      }
    }
  }

  /** The compost essay is checked first, yet must not take the tomato paragraph's "Ibid.". */
  @Test
  void notesWithTheSameTextStayWithTheirOwnParagraphs(@TempDir Path root) {
    Archives.copyThreadAndThemes(Archives.THREADS.resolve("garden"), root);
    Fixtures.write(
        root.resolve("seeds/ibid.txt"),
        "Tomato plants need watering [1].\n[1] Ibid.\n\nCompost piles need turning [1].\n[1] Ibid.\n\nMulch the tomato bed [1].\n[1] Ibid.\n");
    Splitter.split(root, true);
    Archive archive = ArchiveCompiler.compile(root);
    for (int note : new int[] {2, 5, 8}) {
      var line = archive.discussions().stream().filter(d -> d.seed().endsWith("ibid.txt")).findFirst().orElseThrow().lines().get(note - 1);
      assertEquals(note - 1, archive.provenance().placementOf(line).attachedTo().line(), "note at line " + note);
    }
  }

  @Test
  void aStrayNoteIsQuotedWholeAfterItsCommentsParagraphs(@TempDir Path root) {
    Archives.copyThreadAndThemes(Archives.THREADS.resolve("garden"), root);
    Fixtures.write(root.resolve("seeds/stray.txt"), "Tomato plants need watering and mulch.\n[4] A note whose marker was lost.\n");
    Splitter.split(root, true);
    Archive archive = ArchiveCompiler.compile(root);
    assertTrue(archive.warnings().stream().anyMatch(w -> w.format().startsWith("seeds/stray.txt:2: warning")), archive.warnings().toString());
  }
}
