package dev.scholia.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scholia.testing.Cli;
import dev.scholia.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  @TempDir Path temp;

  @Test
  void helpListsEveryCommand() {
    for (String[] args : new String[][] {{"--help"}, {"help"}}) {
      Cli.Result result = Cli.run(args);
      assertEquals(0, result.exit());
      assertTrue(result.out().contains("build") && result.out().contains("check"), result.out());
    }
  }

  @Test
  void commandHelpNamesItsOptions() {
    Cli.Result result = Cli.run("help", "build");
    assertEquals(0, result.exit());
    assertTrue(result.out().contains("--root") && result.out().contains("--out"), result.out());
  }

  @Test
  void unknownCommandPrintsUsageAndExitsTwo() {
    Cli.Result result = Cli.run("bake");
    assertEquals(2, result.exit());
    assertTrue(result.err().contains("Usage: scholia"), result.err());
  }

  @Test
  void unknownOptionPrintsUsageAndExitsTwo() {
    Cli.Result result = Cli.run("build", "--colour");
    assertEquals(2, result.exit());
    assertTrue(result.err().contains("--colour") && result.err().contains("Usage:"), result.err());
  }

  @Test
  void noCommandPrintsUsageAndExitsTwo() {
    assertEquals(2, Cli.run().exit());
  }

  @Test
  void buildWritesIntoRootSiteByDefault() {
    Path root = Fixtures.copySite("basic", temp.resolve("archive"));
    Cli.Result result = Cli.run("build", "--root", root.toString());
    assertEquals(0, result.exit(), result.err());
    assertTrue(Files.isRegularFile(root.resolve("site/index.html")));
    assertTrue(Files.isRegularFile(root.resolve("site/essays/compost/index.html")));
  }

  @Test
  void buildWritesWhereOutSays() {
    Path out = temp.resolve("elsewhere/public");
    Fixtures.write(temp.resolve("elsewhere/.keep"), "");
    Cli.Result result = Cli.run("build", "--root", Fixtures.SITES.resolve("basic").toString(), "--out", out.toString());
    assertEquals(0, result.exit(), result.err());
    assertTrue(Files.isRegularFile(out.resolve("404.html")));
    assertTrue(Files.isRegularFile(out.resolve("source-map.json")));
  }

  @Test
  void badInputPrintsPathAndLineAndExitsOne() {
    Path root = Fixtures.copySite("basic", temp.resolve("archive"));
    Fixtures.write(
        root.resolve("content/essays/compost.md"),
        "---\ntitle: Compost\ntheme: soil\ncolour: green\n---\n\nCompost needs three things.\n");
    Cli.Result result = Cli.run("build", "--root", root.toString());
    assertEquals(1, result.exit());
    assertTrue(
        result.err().contains("content/essays/compost.md:4: error: unknown front-matter key `colour`"), result.err());
    assertTrue(Files.notExists(root.resolve("site")), "a failed build writes nothing");
  }

  @Test
  void checkValidatesWithoutWriting() {
    Path root = Fixtures.copySite("basic", temp.resolve("archive"));
    Cli.Result result = Cli.run("check", "--root", root.toString());
    assertEquals(0, result.exit(), result.err());
    assertTrue(Files.notExists(root.resolve("site")));
  }

  @Test
  void aFolderWithoutTemplatesBuildsWithTheBundledOnes() {
    Path root = Fixtures.copySite("basic", temp.resolve("archive"));
    assertTrue(Files.notExists(root.resolve("templates")));
    assertEquals(0, Cli.run("build", "--root", root.toString()).exit());
    assertTrue(Files.isRegularFile(root.resolve("site/assets/style.css")));
  }
}
