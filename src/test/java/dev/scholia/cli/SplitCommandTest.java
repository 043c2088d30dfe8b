package dev.scholia.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scholia.testing.Cli;
import dev.scholia.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SplitCommandTest {
  @TempDir Path root;

  private Path kitchen() {
    Path from = Path.of("src/test/resources/threads/kitchen");
    Fixtures.copyTree(from, root, p -> !p.getFileName().toString().equals("labels.tsv"));
    return root;
  }

  @Test
  void explainPrintsEveryParagraphsThemeRunnerUpAndEvidence() {
    Cli.Result result = Cli.run("split", "--root", kitchen().toString(), "--explain");
    assertEquals(0, result.exit(), result.err());
    String firstly = result.out().lines().filter(l -> l.startsWith("seeds/kitchen.txt:5 ")).findFirst().orElseThrow();
    assertTrue(firstly.matches("seeds/kitchen\\.txt:5 \\[c\\d+] sourdough \\(runner-up \\S+\\): .*; essay sourdough"), firstly);
    assertTrue(result.out().contains("paragraph: sourdough "), result.out());
    assertTrue(result.out().contains("starter×1"), "matched keywords with counts");
    assertTrue(result.out().contains("similarity"), "TF-IDF score");
    assertTrue(result.out().contains("split: 29 paragraphs, 0 already placed, 29 routed, 4 files written"), result.out());
  }

  @Test
  void splitThenCheckPassesAndADeletedParagraphFailsCheckWithItsSeedLine() throws Exception {
    kitchen();
    assertEquals(0, Cli.run("split", "--root", root.toString()).exit());
    assertEquals(0, Cli.run("check", "--root", root.toString()).exit());
    Path coffee = root.resolve("content/essays/coffee.md");
    Files.writeString(coffee, Files.readString(coffee).replace("Switching topics: is a burr grinder worth it if I only make espresso on weekends?\n", ""));
    Cli.Result check = Cli.run("check", "--root", root.toString());
    assertEquals(1, check.exit());
    assertTrue(check.err().contains("seeds/kitchen.txt:9: error: paragraph is in no essay"), check.err());
  }

  @Test
  void splitRestoresAParagraphDeletedWithoutItsFootnoteAndCheckPassesAgain() throws Exception {
    kitchen();
    assertEquals(0, Cli.run("split", "--root", root.toString()).exit());
    Path coffee = root.resolve("content/essays/coffee.md");
    String split = Files.readString(coffee);
    Files.writeString(coffee, split.replace("I'd disagree with the 1:2 ratio for light roasts [^1]. They often need a longer ratio and a hotter brew to extract the fruit.\n\n", ""));
    Cli.Result check = Cli.run("check", "--root", root.toString());
    assertTrue(check.err().contains("seeds/kitchen.txt:13: error: paragraph is in no essay"), check.err());
    assertTrue(check.err().contains("coffee.md:17: error: footnote [^1] is defined but never referenced"), check.err());

    Cli.Result again = Cli.run("split", "--root", root.toString());

    assertEquals(0, again.exit(), again.err());
    assertEquals(split, Files.readString(coffee));
    assertEquals(0, Cli.run("check", "--root", root.toString()).exit());
  }

  @Test
  void theCommittedSourceMapCoversEverySeedLine() throws Exception {
    Path seed = Path.of("seeds/000_3f6c69fe8045744c.txt");
    long lines = Files.readAllLines(seed).size();
    JsonNode map = new ObjectMapper().readTree(Path.of("site/source-map.json").toFile());
    Set<Integer> seen = new HashSet<>();
    for (JsonNode entry : map.get("paragraphs")) {
      if (entry.get("seed").asText().equals("seeds/" + seed.getFileName())) {
        seen.add(entry.get("line").asInt());
        String kind = entry.get("kind").asText();
        assertTrue(kind.equals("blank") || !entry.get("essay").isNull(), "line " + entry.get("line") + " is in an essay");
        if (kind.equals("footnote")) {
          assertTrue(entry.get("attachedTo").isInt(), "footnote line " + entry.get("line") + " names its paragraph");
        }
      }
    }
    assertEquals(lines, seen.size());
  }
}
