package dev.scholia.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scholia.testing.Cli;
import dev.scholia.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotFoundPageTest {
  @TempDir Path temp;

  @Test
  void notFoundPageLinksFromTheBaseUrlPathSinceHostsServeItAtAnyDepth() throws Exception {
    Path root = Fixtures.copySite("basic", temp.resolve("archive"));
    Path config = root.resolve("content/site.yaml");
    Files.writeString(config, Files.readString(config) + "baseUrl: https://example.org/archive/\n");
    Cli.Result result = Cli.run("build", "--root", root.toString());
    assertEquals(0, result.exit(), result.err());
    String page = Files.readString(root.resolve("site/404.html"));
    assertTrue(page.contains("href=\"/archive/assets/style.css\""), page);
    assertTrue(Files.readString(root.resolve("site/index.html")).contains("href=\"assets/style.css\""), "other pages stay relative");
  }
}
