package dev.scholia.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scholia.testing.Cli;
import dev.scholia.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

  /** Runs a command line that must be refused as bad usage; returns what it printed. */
  private static String refusedUsage(String... args) {
    Cli.Result result = Cli.run(args);
    assertEquals(2, result.exit(), result.err());
    assertEquals("", result.out());
    return result.err();
  }

  @Test
  void unknownCommandPrintsUsageAndExitsTwo() {
    String err = refusedUsage("bake");
    assertTrue(err.contains("Usage: scholia"), err);
  }

  @Test
  void unknownOptionPrintsUsageAndExitsTwo() {
    String err = refusedUsage("build", "--colour");
    assertTrue(err.contains("--colour") && err.contains("Usage:"), err);
  }

  @Test
  void noCommandPrintsTheWholeHelpAndExitsTwo() {
    String err = refusedUsage();
    assertTrue(err.startsWith("scholia: missing command\n"), err);
    assertTrue(err.contains("Commands:") && err.contains("build"), err);
  }

  @Test
  void versionIsPrintedForEitherSpelling() {
    for (String option : new String[] {"--version", "-V"}) {
      Cli.Result result = Cli.run(option);
      assertEquals(0, result.exit());
      assertEquals("scholia 0.1.0\n", result.out());
    }
  }

  @Test
  void aMistypedCommandOrOptionSuggestsTheClosestName() {
    String command = refusedUsage("biuld", "--root", "x");
    assertTrue(command.startsWith("scholia: unknown command `biuld`\n  hint: did you mean `build`?\n"), command);
    String option = refusedUsage("serve", "--hots", "0.0.0.0");
    assertTrue(option.startsWith("scholia serve: unknown option `--hots`\n  hint: did you mean `--host`?\n"), option);
  }

  @Test
  void anOptionBeforeTheCommandIsShownWhereItGoes() {
    String err = refusedUsage("--root", "x", "build");
    assertTrue(err.contains("hint: options follow the command: scholia build --root"), err);
  }

  @Test
  void helpWinsOverAMistakeOnTheSameLine() {
    Cli.Result result = Cli.run("build", "--colour", "--help");
    assertEquals(0, result.exit());
    assertTrue(result.out().contains("Usage: scholia build"), result.out());
  }

  @Test
  void helpExplainsANestedCommandAsItsOwnHelpOptionDoes() {
    Cli.Result help = Cli.run("help", "new", "essay");
    assertEquals(0, help.exit());
    assertTrue(help.out().contains("--theme SLUG"), help.out());
    assertEquals(help.out(), Cli.run("new", "essay", "--help").out());
  }

  @Test
  void aMissingOptionValueOrABadNumberIsBadUsage() {
    String noValue = refusedUsage("build", "--root");
    assertTrue(noValue.startsWith("scholia build: option `--root` needs a value\n"), noValue);
    String badPort = refusedUsage("serve", "--port=abc");
    assertTrue(badPort.startsWith("scholia serve: option `--port` takes a whole number from 0 to 65535, not `abc`\n"), badPort);
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

  @Test
  void buildWithTimingsListsEveryStageAndThePagesOfEachFolder() {
    Path root = Fixtures.copySite("basic", temp.resolve("archive"));
    Cli.Result result = Cli.run("build", "--root", root.toString(), "--timings");
    assertEquals(0, result.exit(), result.err());
    String out = result.out();
    for (String stage :
        List.of(
            "compile templates, beside the rest",
            "read threads, beside the rest",
            "read content",
            "parse Markdown",
            "check fidelity",
            "find glossary mentions, beside the check",
            "link",
            "plan pages and search index",
            "render and write pages",
            "write the other files, swap in the site")) {
      assertTrue(out.lines().anyMatch(line -> line.matches("  " + stage + " +\\d+ ms")), stage + " in:\n" + out);
    }
    assertTrue(out.lines().anyMatch(line -> line.matches("  essays/ +\\d+ ms +2 files +\\d+\\.\\d\\d ms each")), out);
    assertTrue(out.lines().anyMatch(line -> line.matches("  index\\.html +\\d+ ms +1 file")), out);
  }

  @Test
  void buildWithoutTimingsPrintsOnlyItsSummary() {
    Path root = Fixtures.copySite("basic", temp.resolve("archive"));
    String out = Cli.run("build", "--root", root.toString()).out();
    assertTrue(out.startsWith("built 2 essays, "), out);
    assertFalse(out.contains(" ms each") || out.contains("stages"), out);
  }
}
