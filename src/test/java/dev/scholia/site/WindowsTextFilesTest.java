package dev.scholia.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scholia.testing.Cli;
import dev.scholia.testing.Fixtures;
import dev.scholia.testing.TreeSnapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files saved by Windows editors (a byte-order mark, CRLF endings) are accepted, not errors. */
class WindowsTextFilesTest {
  @TempDir Path temp;

  @Test
  void anArchiveWithBomAndCrlfBuildsTheSameSiteAsWithLf() throws IOException {
    Path unix = Fixtures.copySite("basic", temp.resolve("unix"));
    Path windows = Fixtures.copySite("basic", temp.resolve("windows"));
    try (Stream<Path> files = Files.walk(windows)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, "\uFEFF" + text.replace("\n", "\r\n"), StandardCharsets.UTF_8);
      }
    }
    assertEquals(build(unix), build(windows));
  }

  private static TreeSnapshot build(Path root) {
    Cli.Result result = Cli.run("build", "--root", root.toString());
    assertEquals(0, result.exit(), result.err());
    return TreeSnapshot.of(root.resolve("site"));
  }
}
