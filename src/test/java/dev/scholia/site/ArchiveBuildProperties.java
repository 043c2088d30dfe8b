package dev.scholia.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scholia.testing.Bounded;
import dev.scholia.testing.Cli;
import dev.scholia.testing.Fixtures;
import dev.scholia.testing.TestFolders;
import dev.scholia.testing.TreeSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzes whole builds with hostile file names and references ({@code ..}, {@code \}, device
 * names, spaces, dots, Unicode): a build succeeds or exits 1, never throws, and writes nothing but
 * the output folder: the archive is unchanged and nothing else appears beside it.
 */
class ArchiveBuildProperties {
  private static final Duration LIMIT = Duration.ofSeconds(30);
  private static final String PARAGRAPH = "Only paragraph of the thread.";

  @Property
  void aBuildWritesOnlyItsOutputFolder(
      @ForAll("names") String essay, @ForAll("names") String theme, @ForAll("names") String themeRef) throws Exception {
    Path temp = TestFolders.fresh("build");
    try {
      Path root = temp.resolve("archive");
      Fixtures.write(root.resolve("seeds/thread.txt"), PARAGRAPH + "\n");
      Fixtures.write(root.resolve("content/themes/" + theme + ".md"), "---\ntitle: T\n---\n");
      Fixtures.write(
          root.resolve("content/essays/" + essay + ".md"),
          "---\ntitle: E\ntheme: '" + themeRef.replace("'", "''") + "'\n---\n" + PARAGRAPH + "\n");
      TreeSnapshot archive = TreeSnapshot.of(root);
      Path out = temp.resolve("out");

      Cli.Result result = Bounded.within(LIMIT, () -> Cli.run("build", "--root", root.toString(), "--out", out.toString()));

      assertTrue(result.exit() == 0 || result.exit() == 1, result.err());
      assertEquals(archive, TreeSnapshot.of(root), "the build changed the archive");
      try (Stream<Path> beside = Files.list(temp)) {
        List<String> names = beside.map(p -> p.getFileName().toString()).sorted().toList();
        assertEquals(result.exit() == 0 ? List.of("archive", "out") : List.of("archive"), names, result.err());
      }
      if (result.exit() == 0) {
        assertTrue(Files.exists(out.resolve("essays/" + essay + "/index.html")));
      }
    } finally {
      TestFolders.delete(temp);
    }
  }

  /** File names Linux allows (no {@code /}, no NUL) that a careless generator would trip on. */
  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            Arbitraries.of("..", ".", "\\", "con", "NUL", "com1", "a", "b", "-", " ", "essay", "x.y", "~", "$HOME", "%2e%2e", "Ä", "ǅ", "ı"),
            Arbitraries.strings().ofMinLength(1).ofMaxLength(4));
    return piece.list()
        .ofMinSize(1)
        .ofMaxSize(4)
        .map(parts -> String.join("", parts).replace("/", "").replace("\u0000", ""))
        .filter(name -> !name.isEmpty() && name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length < 200)
        .map(name -> name.equals(".") || name.equals("..") ? name + "x" : name);
  }
}
