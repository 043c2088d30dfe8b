package dev.scholia.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.scholia.testing.ChildJvm;
import dev.scholia.testing.Cli;
import dev.scholia.testing.Fixtures;
import dev.scholia.testing.TreeSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same archive gives the same bytes whatever the machine around the build: time zone,
 * locale and default charset, the order the file system lists files in, and the working
 * directory. Each variation runs the CLI in a child JVM (these are process-wide settings) and is
 * compared, file by file, with a plain build of the repository's own archive.
 */
class ReproducibleBuildTest {
  private static final List<String> ARCHIVE = List.of("seeds", "content", "templates");

  @TempDir Path temp;
  private Path root;

  @BeforeEach
  void copyTheArchive() {
    root = temp.resolve("archive");
    ARCHIVE.forEach(folder -> Fixtures.copyTree(Path.of(folder), root.resolve(folder), p -> true));
  }

  @Test
  void anotherTimeZoneGivesTheSameBytes() {
    assertEquals(
        plainBuild(),
        childBuild(temp, Map.of("TZ", "Pacific/Kiritimati"), List.of("-Duser.timezone=Pacific/Kiritimati"), "tz"));
  }

  /** Turkish is the classic trap: {@code "TITLE".toLowerCase()} is {@code "tıtle"} there. */
  @Test
  void anotherLocaleGivesTheSameBytes() {
    assertEquals(
        plainBuild(),
        childBuild(
            temp,
            Map.of("LANG", "tr_TR.UTF-8", "LC_ALL", "tr_TR.UTF-8"),
            List.of("-Duser.language=tr", "-Duser.country=TR", "-Duser.timezone=Asia/Kolkata"),
            "tr"));
  }

  /** Under {@code LANG=C} Java 17's default charset is ASCII: any use of it would mangle text. */
  @Test
  void anAsciiLocaleGivesTheSameBytes() {
    assertEquals(plainBuild(), childBuild(temp, Map.of("LANG", "C", "LC_ALL", "C"), List.of(), "c"));
  }

  @Test
  void anotherWorkingDirectoryGivesTheSameBytes() throws IOException {
    Path elsewhere = Files.createDirectories(temp.resolve("somewhere/else"));
    TreeSnapshot fromElsewhere = childBuild(elsewhere, Map.of(), List.of(), "elsewhere");
    ChildJvm insideRoot = new ChildJvm(root, Map.of(), List.of());
    ChildJvm.Result relative = insideRoot.run(temp.resolve("relative"), "build", "--root", ".", "--out", "relative-site");
    assertEquals(0, relative.exit(), relative.err());
    assertEquals(fromElsewhere, TreeSnapshot.of(root.resolve("relative-site")));
    assertEquals(plainBuild(), fromElsewhere);
  }

  /**
   * Two copies of the archive whose files were created in opposite orders: on tmpfs (and other
   * file systems that list in creation order) they list differently, which the test checks first.
   */
  @Test
  void anotherListingOrderGivesTheSameBytes() throws IOException {
    Path shm = Path.of("/dev/shm");
    Path base = Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, "scholia-") : temp;
    try {
      Path forward = copyInOrder(base.resolve("forward"), Comparator.naturalOrder());
      Path backward = copyInOrder(base.resolve("backward"), Comparator.reverseOrder());
      Assumptions.assumeFalse(
          listing(forward.resolve("content/essays")).equals(listing(backward.resolve("content/essays"))),
          "this file system lists both copies in the same order");
      assertEquals(build(forward, base.resolve("out-forward")), build(backward, base.resolve("out-backward")));
    } finally {
      if (!base.equals(temp)) {
        OutputFolder.deleteTree(base);
      }
    }
  }

  @Test
  void theOutputOfTheseBuildsIsNotTrivial() {
    TreeSnapshot site = plainBuild();
    assertNotEquals(Map.of(), site.files());
    assertEquals(true, site.files().keySet().stream().anyMatch(p -> p.startsWith("essays/")));
  }

  private TreeSnapshot plainBuild() {
    return build(root, temp.resolve("plain-site"));
  }

  private static TreeSnapshot build(Path archive, Path out) {
    Cli.Result result = Cli.run("build", "--root", archive.toString(), "--out", out.toString());
    assertEquals(0, result.exit(), result.err());
    return TreeSnapshot.of(out);
  }

  private TreeSnapshot childBuild(Path workingDirectory, Map<String, String> environment, List<String> options, String name) {
    Path out = temp.resolve("site-" + name);
    ChildJvm.Result result =
        new ChildJvm(workingDirectory, environment, options)
            .run(temp.resolve(name), "build", "--root", root.toString(), "--out", out.toString());
    assertEquals(0, result.exit(), result.err());
    return TreeSnapshot.of(out);
  }

  private Path copyInOrder(Path to, Comparator<Path> order) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path source : walk.sorted(order).toList()) {
        Path target = to.resolve(root.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(source, target);
        }
      }
    }
    return to;
  }

  private static List<Path> listing(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.map(Path::getFileName).toList();
    }
  }
}
