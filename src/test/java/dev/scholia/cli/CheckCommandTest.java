package dev.scholia.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scholia.testing.Cli;
import dev.scholia.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  @TempDir Path temp;

  @Test
  void everyTemplateErrorIsReportedOnceHoweverManyPagesItBreaks() throws Exception {
    // A record used as a condition compiles, and fails while rendering each page.
    Path root = Fixtures.copySite("basic", temp.resolve("archive"));
    Fixtures.copyTree(Path.of("templates"), root.resolve("templates"), p -> true);
    Path essay = root.resolve("templates/essay.peb");
    Files.writeString(essay, Files.readString(essay).replace("<article class=\"essay\">", "<article class=\"essay\">{% if essay.card %}{% endif %}"));
    Path theme = root.resolve("templates/theme.peb");
    Files.writeString(theme, Files.readString(theme).replace("{% block content %}", "{% block content %}{% if theme %}{% endif %}"));

    Cli.Result result = Cli.run("check", "--root", root.toString());
    assertEquals(1, result.exit());
    assertTrue(result.err().contains("templates/essay.peb:4: error: template error"), result.err());
    assertTrue(result.err().contains("templates/theme.peb:2: error: template error"), result.err());
    assertTrue(result.err().endsWith("2 errors\n"), result.err());
    assertTrue(Files.notExists(root.resolve("site")));
  }
}
