package dev.scholia.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scholia.testing.Cli;
import dev.scholia.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateFallbackTest {
  @TempDir Path temp;

  @Test
  void anArchiveOverridingOneTemplateTakesTheOthersFromTheBundledOnes() throws Exception {
    Path root = Fixtures.copySite("basic", temp.resolve("archive"));
    Fixtures.write(
        root.resolve("templates/essay.peb"),
        "<!DOCTYPE html><title>{{ essay.card.title }}</title><main class=\"mine\">{{ essay.bodyHtml | raw }}</main>\n");
    Cli.Result result = Cli.run("build", "--root", root.toString());
    assertEquals(0, result.exit(), result.err());
    String essay = Files.readString(root.resolve("site/essays/compost/index.html"));
    assertTrue(essay.contains("<main class=\"mine\">"), "the archive's own essay template is used");
    String index = Files.readString(root.resolve("site/index.html"));
    assertTrue(index.contains("Making compost"), "the bundled index template fills in");
    assertTrue(Files.isRegularFile(root.resolve("site/assets/style.css")), "and so do the bundled assets");
  }

  @Test
  void anAssetOfTheArchiveReplacesTheBundledOneOfTheSameName() throws Exception {
    Path root = Fixtures.copySite("basic", temp.resolve("archive"));
    Fixtures.write(root.resolve("templates/assets/style.css"), "body { color: teal; }\n");
    assertEquals(0, Cli.run("build", "--root", root.toString()).exit());
    assertEquals("body { color: teal; }\n", Files.readString(root.resolve("site/assets/style.css")));
    assertTrue(Files.isRegularFile(root.resolve("site/assets/notes.js")));
  }
}
