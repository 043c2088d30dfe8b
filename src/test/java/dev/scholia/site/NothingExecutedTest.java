package dev.scholia.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scholia.testing.Cli;
import dev.scholia.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile text in a thread, in front matter and in editors' Markdown is published as text:
 * nothing in the output runs. With {@code unsafeHtml: true} the editors' HTML is published as
 * HTML, but the thread's words still are not.
 */
class NothingExecutedTest {
  private static final String LINE = "Hostile <script>alert(1)</script> and <img src=x onerror=alert(2)> text.";

  @TempDir Path temp;

  private Path archive(String siteYaml, String quotedLine) {
    Path root = temp.resolve("archive");
    Fixtures.write(root.resolve("seeds/thread.txt"), LINE + "\n");
    Fixtures.write(root.resolve("content/site.yaml"), siteYaml);
    Fixtures.write(
        root.resolve("content/themes/alpha.md"),
        "---\ntitle: \"<script>alert(3)</script>\"\norder: 1\ndescription: \"\\\"><script>alert(4)</script>\"\n---\n<b onclick=\"alert(5)\">intro</b>\n");
    Fixtures.write(
        root.resolve("content/essays/one.md"),
        "---\ntitle: \"</title><script>alert(6)</script>\"\ntheme: alpha\nsummary: \"<svg onload=alert(7)>\"\n---\n"
            + quotedLine
            + "\n\n> [!NOTE]\n> An editor's <em class=\"trusted\">aside</em>.\n");
    return root;
  }

  private Document essayPage(Path root) throws IOException {
    Cli.Result result = Cli.run("build", "--root", root.toString());
    assertEquals(0, result.exit(), result.err());
    return Jsoup.parse(Files.readString(root.resolve("site/essays/one/index.html")));
  }

  private static void assertNothingRuns(Path site) throws IOException {
    for (String page : new String[] {"index.html", "themes/alpha/index.html", "essays/one/index.html"}) {
      Document html = Jsoup.parse(Files.readString(site.resolve(page)));
      assertTrue(html.select("svg, img[onerror], [onclick], [onload]").isEmpty(), page + ":\n" + html);
      // The only scripts are the theme's own files under assets/.
      html.select("script").forEach(s -> assertTrue(s.attr("src").matches("(\\.\\./)*assets/[a-z-]+\\.js"), page + ": " + s));
    }
  }

  @Test
  void threadTextFrontMatterAndRawHtmlAreShownAsText() throws IOException {
    Path root = archive("title: Test\n", LINE.replace("<", "\\<"));
    Document essay = essayPage(root);
    assertNothingRuns(root.resolve("site"));
    assertEquals(LINE, essay.getElementById("thread-L1").text());
    assertTrue(essay.text().contains("An editor's <em class=\"trusted\">aside</em>."));
    assertTrue(essay.title().startsWith("</title><script>alert(6)</script>"));
  }

  @Test
  void trustedHtmlIsTheEditorsOnlyNeverTheThreads() throws IOException {
    Path root = archive("title: Test\nunsafeHtml: true\n", LINE);
    Document essay = essayPage(root);
    assertEquals(LINE, essay.getElementById("thread-L1").text());
    assertTrue(essay.getElementById("thread-L1").select("script, img").isEmpty());
    assertEquals("aside", essay.select("em.trusted").text());
  }
}
