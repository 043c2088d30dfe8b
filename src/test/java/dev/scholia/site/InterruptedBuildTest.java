package dev.scholia.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scholia.testing.ChildJvm;
import dev.scholia.testing.Cli;
import dev.scholia.testing.Fixtures;
import dev.scholia.testing.TreeSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real build process (SIGKILL, no chance to clean up) while it is writing a large site,
 * and proves the previous site is byte-identical afterwards, and that the next build removes the
 * dead build's staging folder and succeeds.
 */
class InterruptedBuildTest {
  private static final int ESSAYS = 1000;

  @TempDir Path temp;

  @Test
  void aBuildKilledMidWayLeavesThePreviousSiteByteIdentical() throws Exception {
    Path root = temp.resolve("archive");
    writeCorpus(root, "First edition");
    Path site = root.resolve("site");
    assertEquals(0, Cli.run("build", "--root", root.toString()).exit());
    TreeSnapshot before = TreeSnapshot.of(site);

    writeCorpus(root, "Second edition");
    Process build = new ChildJvm(temp, Map.of(), List.of()).start(temp.resolve("killed"), "build", "--root", root.toString());
    Path staging = awaitStagingWithPages(root, build);
    build.destroyForcibly();
    assertTrue(build.waitFor(1, TimeUnit.MINUTES));

    assertTrue(Files.exists(staging), "the kill came after the build finished: the corpus is too small");
    assertEquals(before, TreeSnapshot.of(site), "the killed build changed the previous site");

    Cli.Result next = Cli.run("build", "--root", root.toString());
    assertEquals(0, next.exit(), next.err());
    assertTrue(Files.notExists(staging), "the dead build's staging folder was not removed");
    assertNotEquals(before, TreeSnapshot.of(site));
    assertTrue(Files.readString(site.resolve("index.html")).contains("Second edition"));
  }

  /** Waits until the child has rendered some pages into its staging folder. */
  private static Path awaitStagingWithPages(Path root, Process build) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (System.nanoTime() < deadline) {
      assertTrue(build.isAlive(), "the build ended before it could be killed: the corpus is too small");
      Path staging = staging(root);
      if (staging != null && Files.isDirectory(staging.resolve("essays"))) {
        try (Stream<Path> pages = Files.list(staging.resolve("essays"))) {
          if (pages.limit(50).count() >= 50) {
            return staging;
          }
        }
      }
      Thread.sleep(5);
    }
    throw new AssertionError("no staging folder appeared within a minute");
  }

  private static Path staging(Path root) throws IOException {
    try (Stream<Path> list = Files.list(root)) {
      return list.filter(p -> p.getFileName().toString().startsWith(".site.building-")).findFirst().orElse(null);
    }
  }

  /** A thread of {@code 2 × ESSAYS} paragraphs and essays quoting two each, under one theme. */
  private static void writeCorpus(Path root, String title) {
    StringBuilder thread = new StringBuilder();
    for (int i = 1; i <= 2 * ESSAYS; i++) {
      thread.append("Paragraph ").append(i).append(" of the generated thread says something worth keeping.\n");
    }
    Fixtures.write(root.resolve("seeds/thread.txt"), thread.toString());
    Fixtures.write(root.resolve("content/site.yaml"), "title: " + title + "\n");
    Fixtures.write(
        root.resolve("content/themes/all.md"), "---\ntitle: Everything\norder: 1\ndescription: All of it.\n---\nThe whole thread.\n");
    for (int e = 1; e <= ESSAYS; e++) {
      Fixtures.write(
          root.resolve("content/essays/essay-" + e + ".md"),
          "---\ntitle: Essay "
              + e
              + "\ntheme: all\nsummary: Two paragraphs.\n---\nParagraph "
              + (2 * e - 1)
              + " of the generated thread says something worth keeping.\n\nParagraph "
              + (2 * e)
              + " of the generated thread says something worth keeping.\n");
    }
  }
}
