package dev.scholia.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.scholia.testing.Cli;
import dev.scholia.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds every fixture archive under {@code src/test/resources/sites/<name>/} and compares the
 * output, file by file, with {@code <name>/expected/}: HTML after normalising it with jsoup, other
 * files as text. Missing and extra files fail too. The theme's static assets are left out: they
 * are not built from the fixture. After an intended change to the output, rerun
 * with {@code -Dscholia.updateGolden=true} to rewrite the expected files, and review the diff.
 */
class GoldenSiteTest {
  private static final boolean UPDATE = Boolean.getBoolean("scholia.updateGolden");

  @TempDir Path temp;

  @TestFactory
  Stream<DynamicTest> everyFixtureBuildsToItsExpectedSite() throws IOException {
    try (Stream<Path> sites = Files.list(Fixtures.SITES)) {
      return sites.filter(Files::isDirectory)
          .sorted()
          .map(site -> DynamicTest.dynamicTest(site.getFileName().toString(), () -> check(site)))
          .toList()
          .stream();
    }
  }

  private void check(Path fixture) throws IOException {
    String name = fixture.getFileName().toString();
    Path out = temp.resolve(name + "-site");
    Cli.Result result = Cli.run("build", "--root", fixture.toString(), "--out", out.toString());
    assertEquals(0, result.exit(), () -> name + ": build failed:\n" + result.err());
    Path expected = fixture.resolve("expected");
    if (UPDATE) {
      OutputFolder.deleteTree(expected);
      Fixtures.copyTree(out, expected, p -> !out.relativize(p).startsWith("assets"));
      return;
    }
    Map<String, byte[]> actual = Fixtures.readTree(out);
    actual.keySet().removeIf(path -> path.startsWith("assets/"));
    Map<String, byte[]> wanted = Fixtures.readTree(expected);
    List<String> problems = new ArrayList<>();
    for (String path : new TreeSet<>(wanted.keySet())) {
      if (!actual.containsKey(path)) {
        problems.add("missing file " + path);
      } else if (!normalise(path, actual.get(path)).equals(normalise(path, wanted.get(path)))) {
        problems.add("differs: " + path + firstDifference(normalise(path, wanted.get(path)), normalise(path, actual.get(path))));
      }
    }
    actual.keySet().stream().filter(p -> !wanted.containsKey(p)).forEach(p -> problems.add("unexpected file " + p));
    if (!problems.isEmpty()) {
      fail(
          "fixture " + name + " does not build to " + expected + ":\n  " + String.join("\n  ", problems)
              + "\n(if the change is intended: mvn test -Dtest=GoldenSiteTest -Dscholia.updateGolden=true, then review the diff)");
    }
  }

  private static String normalise(String path, byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (path.endsWith(".html")) {
      Document document = Jsoup.parse(text);
      document.outputSettings().prettyPrint(true).indentAmount(1);
      return document.outerHtml();
    }
    return text.replaceAll("[ \\t]+\\n", "\n").strip();
  }

  private static String firstDifference(String expected, String actual) {
    String[] want = expected.split("\n");
    String[] got = actual.split("\n");
    for (int i = 0; i < Math.min(want.length, got.length); i++) {
      if (!want[i].equals(got[i])) {
        return " (line " + (i + 1) + ": expected `" + want[i].strip() + "`, got `" + got[i].strip() + "`)";
      }
    }
    return " (length " + want.length + " vs " + got.length + " lines)";
  }
}
