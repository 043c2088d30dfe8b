package dev.scholia.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scholia.link.Urls;
import dev.scholia.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A thread longer than a page is shown on several, each holding a fixed range of lines, linked in
 * order; every link to a line, from an essay or written by an editor, reaches the page holding it.
 */
class ThreadPagesTest {
  /** Paragraphs with a blank line between them: the last is on line 2,499 of three pages' worth. */
  private static final int PARAGRAPHS = Urls.THREAD_PAGE_LINES + 250;

  private static final int LAST_LINE = 2 * PARAGRAPHS - 1;

  @TempDir static Path temp;
  private static Path root;

  @BeforeAll
  static void buildALongThread() throws Exception {
    root = temp.resolve("archive");
    assertEquals(0, Cli.run("new", "archive", "Long", "--root", root.toString()).exit());
    String thread =
        IntStream.rangeClosed(1, PARAGRAPHS).mapToObj(n -> "Paragraph " + n + " of a long thread, about learning.").collect(Collectors.joining("\n\n", "", "\n"));
    Files.writeString(root.resolve("seeds/long.txt"), thread);
    Cli.Result split = Cli.run("split", "--root", root.toString());
    assertEquals(0, split.exit(), split.err());
    Path essay = root.resolve("content/essays/miscellany.md");
    Files.writeString(essay, Files.readString(essay) + "\n> [!NOTE]\n> See [line 1500](../../seeds/long.txt#L1500).\n");
    Files.writeString(root.resolve("content/site.yaml"), "title: Long\nbaseUrl: https://example.org/\n");
    Cli.Result build = Cli.run("build", "--root", root.toString());
    assertEquals(0, build.exit(), build.err());
  }

  private static String page(String path) throws Exception {
    return Files.readString(root.resolve("site/" + path));
  }

  private static List<Integer> linesOn(String html) {
    Matcher m = Pattern.compile("id=\"L(\\d+)\"").matcher(html);
    return m.results().map(r -> Integer.parseInt(r.group(1))).toList();
  }

  @Test
  void eachPageHoldsItsRangeOfLinesAndNoOther() throws Exception {
    // Blank lines between paragraphs are not shown, so line numbers on a page are odd.
    int perPage = Urls.THREAD_PAGE_LINES;
    assertEquals(IntStream.iterate(1, n -> n < perPage, n -> n + 2).boxed().toList(), linesOn(page("thread/long/index.html")));
    assertEquals(IntStream.iterate(perPage + 1, n -> n < 2 * perPage, n -> n + 2).boxed().toList(), linesOn(page("thread/long/2/index.html")));
    assertEquals(IntStream.iterate(2 * perPage + 1, n -> n <= LAST_LINE, n -> n + 2).boxed().toList(), linesOn(page("thread/long/3/index.html")));
    assertFalse(Files.exists(root.resolve("site/thread/long/4/index.html")));
  }

  @Test
  void pagesLinkToTheirNeighboursAndSayWhichLinesTheyHold() throws Exception {
    String first = page("thread/long/index.html");
    assertTrue(first.contains("<a rel=\"next\" href=\"../../thread/long/2/index.html\">"), first);
    assertFalse(first.contains("rel=\"prev\""));
    String second = page("thread/long/2/index.html");
    assertTrue(second.contains("lines 1001–2000, page 2 of 3"), second);
    assertTrue(second.contains("<a rel=\"prev\" href=\"../../../thread/long/index.html\">"), second);
    assertTrue(second.contains("<span class=\"pager-label\">Next</span> Lines 2001–" + LAST_LINE + "</a>"), second);
    assertTrue(page("sitemap.xml").contains("<loc>https://example.org/thread/long/3/</loc>"));
  }

  @Test
  void aPageInTheMiddleWithItsPagerPassesTheNuHtmlChecker() throws Exception {
    var validator = PagesAreValidHtmlTest.validator();
    String output = validator.validate(root.resolve("site/thread/long/2/index.html"));
    assertEquals(List.of(), PagesAreValidHtmlTest.errors(validator, output));
  }

  @Test
  void linksToALineReachThePageHoldingIt() throws Exception {
    String essay = page("essays/miscellany/index.html");
    assertTrue(essay.contains("href=\"../../thread/long/2/index.html#L1501\""), "a paragraph's source link");
    assertTrue(essay.contains("href=\"../../thread/long/2/index.html#L1500\""), "an editor's link to a thread line");
    String second = page("thread/long/2/index.html");
    assertTrue(second.contains("id=\"L1501\""));
    assertTrue(second.contains("href=\"../../../essays/miscellany/index.html#"), "the line links back to its paragraph");
  }
}
