package dev.scholia.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.scholia.testing.Cli;
import dev.scholia.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pull request can commit symbolic links; followed, they would publish or quote files of the
 * machine that builds the archive. Every link among the inputs is an error, and nothing of the
 * linked file reaches the output or the messages.
 */
class SymbolicLinksTest {
  private static final String SECRET = "Not for publication: the build machine's secret.";

  @TempDir Path temp;

  @Test
  void linksAmongTheInputsAreRefusedAndNothingLeaks() throws IOException {
    Path secret = Fixtures.write(temp.resolve("secret.txt"), SECRET + "\n");
    Path root = Fixtures.copySite("basic", temp.resolve("archive"));
    Fixtures.copyTree(Path.of("templates"), root.resolve("templates"), p -> true);
    Files.createSymbolicLink(root.resolve("seeds/linked.txt"), secret);
    Files.createSymbolicLink(root.resolve("content/essays/linked.md"), secret);
    Files.createSymbolicLink(root.resolve("templates/assets/linked.css"), secret);
    Files.createSymbolicLink(root.resolve("templates/partials-linked"), temp);

    Cli.Result result = Cli.run("build", "--root", root.toString(), "--out", temp.resolve("out").toString());

    assertEquals(1, result.exit());
    List<String> reported = result.err().lines().filter(l -> l.contains(": error: ")).map(l -> l.substring(0, l.indexOf(':'))).toList();
    assertEquals(
        List.of("content/essays/linked.md", "seeds/linked.txt", "templates/assets/linked.css", "templates/partials-linked"), reported);
    assertFalse(result.err().contains(SECRET));
    assertFalse(Files.exists(temp.resolve("out")));
  }
}
