package dev.scholia.essay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scholia.classify.Classification;
import dev.scholia.site.ArchiveCompiler;
import dev.scholia.testing.Fixtures;
import dev.scholia.testing.TreeSnapshot;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The split on the archive's own seed, against a careful human reading of it. */
class SplitSeedTest {
  private static final Path REPO = Archives.REPO;

  @Test
  void agreesWithTheHandLabelledReadingOnAtLeastNinetyPercentOfLines(@TempDir Path dir) {
    Path root = Archives.copyThreadAndThemes(REPO, dir);
    SplitResult result = Splitter.split(root, true);
    Map<Integer, String> labels = Labels.read("labels/seed.tsv");
    Agreement agreement = Agreement.of(result.classifications(), labels);
    assertEquals(labels.size(), agreement.total(), "every labelled line was classified");
    assertTrue(agreement.ratio() >= 0.9, "agreement " + agreement);
  }

  @Test
  void splitThenBuildLosesNothing(@TempDir Path dir) {
    Path root = Archives.copyThreadAndThemes(REPO, dir);
    Splitter.split(root, true);
    var archive = ArchiveCompiler.compile(root);
    for (Classification c : Splitter.split(root, false).classifications()) {
      assertTrue(archive.provenance().placementOf(c.paragraph().source()) != null, c.paragraph().source().location());
    }
  }

  @Test
  void committedEssaysHoldEverySeedParagraphAndSplitLeavesThemAlone(@TempDir Path dir) {
    Path root = Archives.copyThreadAndThemes(REPO, dir);
    Fixtures.copyTree(REPO.resolve("content/essays"), root.resolve("content/essays"), p -> true);
    TreeSnapshot before = TreeSnapshot.of(root.resolve("content"));
    SplitResult result = Splitter.split(root, false);
    assertEquals(result.classifications().size(), result.keptLines().size());
    assertEquals(before, TreeSnapshot.of(root.resolve("content")));
  }
}
