package dev.scholia.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scholia.testing.Cli;
import dev.scholia.testing.Fixtures;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two builds of the same input give the same bytes: site/ is committed, so churn would show. */
class DeterministicBuildTest {
  @TempDir Path temp;

  @Test
  void buildingTheArchiveTwiceGivesIdenticalBytes() {
    Map<String, byte[]> first = build(Path.of("."), temp.resolve("one"));
    Map<String, byte[]> second = build(Path.of("."), temp.resolve("two"));
    assertEquals(first.keySet(), second.keySet());
    first.forEach((path, bytes) -> assertArrayEquals(bytes, second.get(path), path));
  }

  private static Map<String, byte[]> build(Path root, Path out) {
    Cli.Result result = Cli.run("build", "--root", root.toString(), "--out", out.toString());
    assertEquals(0, result.exit(), result.err());
    return Fixtures.readTree(out);
  }
}
