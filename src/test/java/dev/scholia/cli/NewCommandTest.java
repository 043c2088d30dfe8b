package dev.scholia.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scholia.testing.Cli;
import dev.scholia.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {
  @TempDir Path temp;
  private Path root;

  @BeforeEach
  void archive() {
    root = Fixtures.copySite("basic", temp.resolve("archive"));
  }

  @Test
  void newArchiveStartsAnArchiveThatSplitsAndBuildsOnceAThreadIsInSeeds() throws Exception {
    Path fresh = temp.resolve("notes");
    Cli.Result made = Cli.run("new", "archive", "Notes: \"on\" learning", "--root", fresh.toString());
    assertEquals(0, made.exit(), made.err());
    assertTrue(made.out().startsWith("created content/site.yaml\ncreated content/themes/miscellany.md\n"), made.out());
    assertTrue(Files.isDirectory(fresh.resolve("seeds")));

    Files.writeString(fresh.resolve("seeds/thread.txt"), "ada\nSlack lets a learner keep what it cannot yet use.[1]\n[1] Slack in the everyday sense.\n");
    Cli.Result split = Cli.run("split", "--root", fresh.toString());
    assertEquals(0, split.exit(), split.err());
    assertTrue(split.out().contains(", 1 file written in "), split.out());
    Cli.Result check = Cli.run("check", "--root", fresh.toString());
    assertEquals("ok: 1 essay, 1 theme checked\n", check.out());
    Cli.Result build = Cli.run("build", "--root", fresh.toString());
    assertEquals(0, build.exit(), build.err());
    assertTrue(build.out().startsWith("built 1 essay, "), build.out());
    String index = Files.readString(fresh.resolve("site/index.html"));
    assertTrue(index.contains("Notes: &quot;on&quot; learning"), index);
    String essay = Files.readString(fresh.resolve("site/essays/miscellany/index.html"));
    assertTrue(essay.contains("Slack lets a learner keep what it cannot yet use."), essay);
  }

  @Test
  void newThemeGetsTheParagraphsItsKeywordsMarkAndRefusesAnExistingSlug() throws Exception {
    Path fresh = temp.resolve("notes");
    assertEquals(0, Cli.run("new", "archive", "Notes", "--root", fresh.toString()).exit());
    Files.writeString(fresh.resolve("seeds/thread.txt"), "ada\nSlack lets a learner keep what it cannot yet use.\n\nbo\nThe weather was fine.\n");
    Cli.Result made = Cli.run("new", "theme", "Slack: a theme", "--root", fresh.toString());
    assertEquals(0, made.exit(), made.err());
    assertTrue(made.out().startsWith("created content/themes/slack-a-theme.md"), made.out());
    Path theme = fresh.resolve("content/themes/slack-a-theme.md");
    Files.writeString(theme, Files.readString(theme).replace("keywords: []", "keywords: [slack]"));

    Cli.Result split = Cli.run("split", "--root", fresh.toString());
    assertEquals(0, split.exit(), split.err());
    assertTrue(Files.readString(fresh.resolve("content/essays/slack-a-theme.md")).contains("Slack lets a learner"));
    assertTrue(Files.readString(fresh.resolve("content/essays/miscellany.md")).contains("The weather was fine."));

    Cli.Result again = Cli.run("new", "theme", "Slack: a theme", "--root", fresh.toString());
    assertEquals(1, again.exit());
    assertTrue(again.err().contains("content/themes/slack-a-theme.md: error: the file exists already"), again.err());
  }

  @Test
  void newArchiveRefusesAFolderWhoseContentHoldsAnythingAndWritesNothing() throws Exception {
    String site = Files.readString(root.resolve("content/site.yaml"));
    Cli.Result result = Cli.run("new", "archive", "Another", "--root", root.toString());
    assertEquals(1, result.exit());
    assertTrue(result.err().contains("content: error: content/ exists already in "), result.err());
    assertTrue(result.err().contains("nothing was written"), result.err());
    assertEquals(site, Files.readString(root.resolve("content/site.yaml")));
    assertTrue(Files.notExists(root.resolve("content/themes/miscellany.md")));
  }

  @Test
  void newEssayHasValidFrontMatterAndTheArchiveStillChecks() throws Exception {
    Cli.Result made = Cli.run("new", "essay", "Mulch: \"why\" & how", "--theme", "soil", "--root", root.toString());
    assertEquals(0, made.exit(), made.err());
    Path file = root.resolve("content/essays/mulch-why-how.md");
    assertTrue(made.out().startsWith("created content/essays/mulch-why-how.md"), made.out());
    assertTrue(Files.readString(file).startsWith("---\n"), Files.readString(file));

    Cli.Result check = Cli.run("check", "--root", root.toString());
    assertEquals(0, check.exit(), check.err());
    Cli.Result build = Cli.run("build", "--root", root.toString());
    assertEquals(0, build.exit(), build.err());
    String page = Files.readString(root.resolve("site/essays/mulch-why-how/index.html"));
    assertTrue(page.contains("Mulch: &quot;why&quot; &amp; how"), page);
  }

  @Test
  void newEssayRefusesAnUnknownThemeAndNamesTheKnownOnes() {
    Cli.Result result = Cli.run("new", "essay", "Pests", "--theme", "bugs", "--root", root.toString());
    assertEquals(1, result.exit());
    assertTrue(result.err().contains("content/themes/bugs.md: error: no theme `bugs`"), result.err());
    assertTrue(result.err().contains("known themes: growing, soil"), result.err());
    assertTrue(Files.notExists(root.resolve("content/essays/pests.md")));
  }

  @Test
  void newEssayNeverOverwrites() throws Exception {
    Path existing = root.resolve("content/essays/compost.md");
    String before = Files.readString(existing);
    Cli.Result result = Cli.run("new", "essay", "Compost", "--theme", "soil", "--root", root.toString());
    assertEquals(1, result.exit());
    assertTrue(result.err().contains("content/essays/compost.md: error: an essay with slug `compost` exists already"), result.err());
    assertEquals(before, Files.readString(existing));
  }

  @Test
  void newEssayTakesAnExplicitSlugButOnlyAValidOne() {
    assertEquals(0, Cli.run("new", "essay", "Compost, again", "--slug", "compost-2", "--theme", "soil", "--root", root.toString()).exit());
    assertTrue(Files.exists(root.resolve("content/essays/compost-2.md")));
    Cli.Result bad = Cli.run("new", "essay", "X", "--slug", "../x", "--theme", "soil", "--root", root.toString());
    assertEquals(1, bad.exit());
    assertTrue(bad.err().contains("cannot be a slug"), bad.err());
  }

  @Test
  void newTermCreatesAGlossaryEntryAndRefusesADuplicateName() throws Exception {
    Cli.Result made = Cli.run("new", "term", "Bone meal", "--root", root.toString());
    assertEquals(0, made.exit(), made.err());
    String text = Files.readString(root.resolve("content/glossary/bone-meal.md"));
    assertTrue(text.startsWith("---\nterm: Bone meal\naliases: []\n---\n"), text);
    Cli.Result check = Cli.run("check", "--root", root.toString());
    assertEquals(0, check.exit(), check.err());

    Cli.Result again = Cli.run("new", "term", "BONE MEAL", "--slug", "bone-meal-2", "--root", root.toString());
    assertEquals(1, again.exit());
    assertTrue(again.err().contains("the glossary already has `Bone meal`"), again.err());
  }

  @Test
  void newTermReportsAGlossaryFileThatDoesNotParseInsteadOfDuplicatingIt() throws Exception {
    Fixtures.write(root.resolve("content/glossary/bone-meal.md"), "---\nterm: [Bone meal\n---\nGround bones.\n");
    Cli.Result result = Cli.run("new", "term", "Bone meal", "--slug", "bone-meal-2", "--root", root.toString());
    assertEquals(1, result.exit());
    assertTrue(result.err().contains("content/glossary/bone-meal.md:"), result.err());
    assertTrue(Files.notExists(root.resolve("content/glossary/bone-meal-2.md")));
  }

  @Test
  void newWithoutAKindPrintsUsage() {
    Cli.Result result = Cli.run("new");
    assertEquals(2, result.exit());
    assertTrue(result.err().contains("new essay"), result.err());
  }
}
