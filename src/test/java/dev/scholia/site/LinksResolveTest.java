package dev.scholia.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scholia.content.ContentReader;
import dev.scholia.model.Diagnostics;
import dev.scholia.testing.Cli;
import dev.scholia.testing.Fixtures;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code href} and {@code src} of every page is relative and leads to a file inside the
 * output folder (and to an element with the fragment's id, when it has one), so the site works
 * from any sub-path and from {@code file://}.
 */
class LinksResolveTest {
  @TempDir Path temp;

  @ParameterizedTest
  @ValueSource(strings = {".", "src/test/resources/sites/basic", "src/test/resources/sites/annotated"})
  void everyLinkResolvesInsideTheOutputFolder(String root) throws IOException {
    Path out = temp.resolve("site");
    Cli.Result result = Cli.run("build", "--root", root, "--out", out.toString());
    assertEquals(0, result.exit(), result.err());
    List<String> broken = new ArrayList<>();
    try (Stream<Path> files = Files.walk(out)) {
      for (Path page : files.filter(p -> p.toString().endsWith(".html")).toList()) {
        Document document = Jsoup.parse(page.toFile(), "UTF-8");
        for (Element element : document.select("[href], [src]")) {
          String link = element.hasAttr("href") ? element.attr("href") : element.attr("src");
          String problem = check(out, page, hostPath(root, out, page, link));
          if (problem != null) {
            broken.add(out.relativize(page) + ": " + link + ": " + problem);
          }
        }
      }
    }
    assertTrue(broken.isEmpty(), () -> String.join("\n", broken));
  }

  /**
   * Hosts serve 404.html for a missing URL at any depth, where relative links cannot work; with a
   * baseUrl its links start from the site's path instead (as Hugo's and Zola's do). Such a link
   * is checked as the relative link it stands for.
   */
  private static String hostPath(String root, Path out, Path page, String link) {
    String base = ContentReader.read(Path.of(root), new Diagnostics()).site().baseUrl();
    if (base == null || !page.equals(out.resolve("404.html"))) {
      return link;
    }
    String path = URI.create(base).getPath();
    return link.startsWith(path) ? link.substring(path.length()) : link;
  }

  private static String check(Path out, Path page, String link) throws IOException {
    URI uri = URI.create(link);
    if (uri.getScheme() != null) {
      return "https".equals(uri.getScheme()) || "http".equals(uri.getScheme()) ? null : "unexpected scheme";
    }
    if (link.startsWith("/")) {
      return "absolute path: breaks under a sub-path and from file://";
    }
    Path target = uri.getPath().isEmpty() ? page : page.getParent().resolve(uri.getPath()).normalize();
    if (!target.startsWith(out)) {
      return "leaves the output folder";
    }
    if (Files.isDirectory(target)) {
      target = target.resolve("index.html");
    }
    if (!Files.isRegularFile(target)) {
      return "no such file";
    }
    String fragment = uri.getFragment();
    if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")) {
      Document document = Jsoup.parse(target.toFile(), "UTF-8");
      if (document.getElementById(fragment) == null) {
        return "no element with id " + fragment;
      }
    }
    return null;
  }
}
