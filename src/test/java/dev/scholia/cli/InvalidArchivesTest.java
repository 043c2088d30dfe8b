package dev.scholia.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scholia.testing.Cli;
import dev.scholia.testing.Fixtures;
import dev.scholia.testing.TreeSnapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * One broken archive per bad input under {@code src/test/resources/invalid/<name>/}: the archive
 * itself, {@code expected.txt} (exactly what {@code build} prints on stderr) and optionally
 * {@code args.txt} (more arguments). Each is built over a previous site, and must exit 1, print
 * exactly the expected diagnostics, and leave the previous site byte-identical with no staging
 * folder left behind.
 *
 * <p>Paths in messages are written with placeholders: {@code {root}} the archive, {@code {tmp}}
 * the folder around it, {@code {readonly}} a folder this process cannot write to. Run with
 * {@code -Dscholia.updateGolden=true} to (re)write {@code expected.txt} from the actual output, then
 * review the diff.
 */
class InvalidArchivesTest {
  private static final Path FIXTURES = Path.of("src/test/resources/invalid");
  private static final Set<String> NOT_ARCHIVE = Set.of("expected.txt", "args.txt");

  @TempDir Path temp;

  @TestFactory
  Stream<DynamicTest> everyBrokenArchiveFailsCleanlyAndKeepsThePreviousSite() throws IOException {
    List<Path> fixtures;
    try (Stream<Path> list = Files.list(FIXTURES)) {
      fixtures = list.filter(Files::isDirectory).sorted().toList();
    }
    assertTrue(fixtures.size() >= 20, "fixtures found: " + fixtures);
    return fixtures.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f, temp.resolve(f.getFileName().toString()))));
  }

  private static void check(Path fixture, Path tmp) throws IOException {
    Path expectedFile = fixture.resolve("expected.txt");
    boolean bless = Boolean.getBoolean("scholia.updateGolden");
    assertTrue(bless || Files.exists(expectedFile), fixture + " has no expected.txt");
    Files.createDirectories(tmp);
    tmp = tmp.toRealPath();
    Path root = tmp.resolve("root");
    Fixtures.copyTree(fixture, root, p -> !NOT_ARCHIVE.contains(p.getFileName().toString()));
    Path site = root.resolve("site");
    writePreviousSite(site);
    TreeSnapshot before = TreeSnapshot.of(site);
    Path readonly = readOnlyFolder(tmp);

    List<String> args = new ArrayList<>(List.of("build", "--root", root.toString()));
    if (Files.exists(fixture.resolve("args.txt"))) {
      String extra = Files.readString(fixture.resolve("args.txt")).strip();
      if (extra.contains("{readonly}")) {
        Assumptions.assumeTrue(readonly != null, "no folder this process cannot write to");
      }
      extra = extra.replace("{root}", root.toString()).replace("{tmp}", tmp.toString());
      extra = readonly == null ? extra : extra.replace("{readonly}", readonly.toString());
      args.addAll(Arrays.asList(extra.split("\\s+")));
    }
    Cli.Result result = Cli.run(args.toArray(String[]::new));

    String printed = result.err().replace(root.toString(), "{root}").replace(tmp.toString(), "{tmp}");
    if (readonly != null) {
      printed = printed.replace(readonly.toString(), "{readonly}");
    }
    if (bless) {
      Files.writeString(expectedFile, printed, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8), printed, fixture + ": diagnostics");
    assertEquals(Main.EXIT_INPUT, result.exit(), fixture + ": exit status");
    assertEquals(before, TreeSnapshot.of(site), fixture + ": the previous site changed");
    try (Stream<Path> left = Files.list(root)) {
      assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith(".site")).toList(), "staging left behind");
    }
  }

  /** A site as an earlier build left it: it must survive a failed build byte for byte. */
  private static void writePreviousSite(Path site) throws IOException {
    Files.createDirectories(site.resolve("essays/earlier"));
    Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><title>The previous site</title>\n");
    Files.writeString(site.resolve("essays/earlier/index.html"), "<p>An essay of the previous build.</p>\n");
    Files.writeString(site.resolve("source-map.json"), "{\"paragraphs\": []}\n");
  }

  /**
   * A folder this process cannot create files in. Permission bits do not stop root, so as root
   * (as in CI containers) a kernel-managed folder such as {@code /sys} stands in.
   */
  private static Path readOnlyFolder(Path tmp) throws IOException {
    Path folder = tmp.resolve("read-only");
    Files.createDirectories(folder);
    folder.toFile().setWritable(false, false);
    if (!canCreateIn(folder)) {
      return folder;
    }
    Path sys = Path.of("/sys");
    return Files.isDirectory(sys) && !canCreateIn(sys) ? sys : null;
  }

  private static boolean canCreateIn(Path folder) {
    try {
      Path probe = Files.createTempDirectory(folder, "probe-");
      Files.delete(probe);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
