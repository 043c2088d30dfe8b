package dev.scholia.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scholia.cli.Main;
import dev.scholia.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code check} reports a broken link or a dangling footnote exactly as {@code build} does (the
 * build's messages are pinned in {@code src/test/resources/invalid/<name>/expected.txt}).
 */
class LinkCheckTest {
  @ParameterizedTest
  @ValueSource(strings = {"links-broken", "footnotes-dangling", "glossary-alias-twice"})
  void checkFailsWithTheBuildsMessages(String fixture) throws IOException {
    Path root = Path.of("src/test/resources/invalid", fixture);
    Cli.Result result = Cli.run("check", "--root", root.toString());
    assertEquals(Main.EXIT_INPUT, result.exit());
    assertEquals(Files.readString(root.resolve("expected.txt")), result.err());
  }
}
