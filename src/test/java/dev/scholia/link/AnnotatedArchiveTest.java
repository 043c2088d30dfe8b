package dev.scholia.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scholia.testing.Cli;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Footnotes, annotations, glossary mentions, cross-links, backlinks, related essays,
 * continuations and the thread page, on the fixture archive {@code sites/annotated}: a bee-keeping
 * thread of two replies whose comments each number their notes from {@code [1]}.
 */
class AnnotatedArchiveTest {
  private static final String FIXTURE = "src/test/resources/sites/annotated";

  @TempDir static Path temp;
  private static Path site;

  @BeforeAll
  static void build() {
    site = temp.resolve("site");
    Cli.Result result = Cli.run("build", "--root", FIXTURE, "--out", site.toString());
    assertEquals(0, result.exit(), result.err());
  }

  private static Document page(String path) throws IOException {
    return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
  }

  private static Document essay(String slug) throws IOException {
    return page("essays/" + slug + "/index.html");
  }

  @Test
  void footnotesAreRenumberedInReadingOrderWhateverTheirLabels() throws IOException {
    Document swarming = essay("swarming");
    Elements markers = swarming.select("a[role=doc-noteref]");
    assertEquals(List.of("1", "2"), markers.eachText());
    assertEquals(List.of("fnref-1", "fnref-2"), markers.eachAttr("id"));
    Element second = swarming.getElementById(markers.get(1).attr("href").substring(1));
    assertNotNull(second);
    assertTrue(second.text().contains("Supersedure cells sit higher"), second.text());
  }

  @Test
  void theThreeFirstNotesOfThreeCommentsLandBesideTheirOwnParagraphs() throws IOException {
    // hive.txt has a [1] in ann's first comment, in her second, and in tom's: each is note 1 of
    // its essay, with its own comment's text, placed right after the paragraph that cites it.
    assertEquals("Crowding of the brood nest, not of the honey supers.", noteAfter(essay("swarming"), "hive-L2"));
    assertEquals("Three mites per hundred bees is the figure most guides give.", noteAfter(essay("varroa"), "hive-L6"));
    assertEquals("It keeps the queen out of the honey supers.", noteAfter(essay("first-year"), "hive-L11"));
  }

  private static String noteAfter(Document page, String paragraphId) {
    Element paragraph = page.getElementById(paragraphId);
    Element notes = paragraph.nextElementSibling();
    assertTrue(notes.hasClass("sidenotes"), "after " + paragraphId + ": " + notes);
    Element note = notes.selectFirst(".sidenote");
    assertEquals("1.", note.selectFirst(".sidenote-number").text());
    assertEquals(note.id(), paragraph.selectFirst("a[role=doc-noteref]").attr("href").substring(1));
    assertEquals("#fnref-1", note.selectFirst(".note-back").attr("href"));
    return note.selectFirst("p").text();
  }

  @Test
  void bracketedTextThatIsNotAFootnoteStaysText() throws IOException {
    Element paragraph = essay("first-year").getElementById("hive-L11");
    assertTrue(paragraph.text().startsWith("I kept bees for a year before I learned what [a queen excluder] does"), paragraph.text());
    assertEquals(1, paragraph.select("a[role=doc-noteref]").size());
  }

  @Test
  void annotationsAreLabelledEditorsNotesAndNeedNoThreadLine() throws IOException {
    Element note = essay("swarming").selectFirst(".annotation");
    assertNotNull(note);
    assertEquals("Editor’s note", note.selectFirst(".annotation-label").text());
    assertTrue(note.text().contains("says what to do next"), note.text());
    assertTrue(!note.text().contains("[!NOTE]"), note.text());
  }

  @Test
  void aTermLinksToTheGlossaryAtItsFirstMentionOnly() throws IOException {
    Document swarming = essay("swarming");
    Elements terms = swarming.select(".prose a.glossary-term");
    assertEquals(List.of("swarming", "Supersedure"), terms.eachText());
    assertEquals("../../glossary/index.html#swarming", terms.get(0).attr("href"));
  }

  @Test
  void termsInHeadingsLinksAndCodeAreNeverLinked() throws IOException {
    Document swarming = essay("swarming");
    assertTrue(swarming.select("h2 a.glossary-term").isEmpty());
    assertTrue(swarming.select("a a, code a").isEmpty());
    // "varroa" appears only in a link and in code in this essay, so it links nowhere here.
    assertTrue(swarming.select("a.glossary-term[href$=#varroa]").isEmpty());
  }

  @Test
  void anAliasLinksToItsTerm() throws IOException {
    Elements terms = essay("first-year").select(".prose a.glossary-term");
    assertTrue(terms.eachText().contains("mite counts"), terms.eachText().toString());
    assertEquals("../../glossary/index.html#varroa", terms.select(":containsOwn(mite counts)").attr("href"));
  }

  @Test
  void linksToEssayFilesBecomeLinksToTheirPages() throws IOException {
    Document swarming = essay("swarming");
    assertEquals(
        List.of("../../essays/varroa/index.html#counting", "../../essays/varroa/index.html"),
        swarming.select(".annotation a").eachAttr("href"));
    assertEquals("../../thread/hive/index.html#L6", essay("varroa").select(".annotation a").last().attr("href"));
    assertEquals(
        "../../glossary/index.html#swarming",
        page("themes/hives/index.html").select(".theme-intro a:containsOwn(swarming entry)").attr("href"));
  }

  @Test
  void backlinksListTheEssaysThatLinkHere() throws IOException {
    assertEquals(List.of("A first year with bees", "Counting mites"), essay("swarming").select(".backlinks a").eachText());
    assertEquals(List.of("Before the swarm"), essay("varroa").select(".backlinks a").eachText());
    assertTrue(essay("first-year").select(".backlinks").isEmpty());
  }

  @Test
  void relatedEssaysAreOtherEssaysSharingTermsOrWords() throws IOException {
    for (String slug : List.of("swarming", "varroa", "first-year")) {
      List<String> related = essay(slug).select(".related a").eachAttr("href");
      assertTrue(!related.isEmpty(), slug + " has no related essays");
      assertTrue(related.stream().noneMatch(href -> href.contains("/" + slug + "/")), slug + " is related to itself");
    }
  }

  @Test
  void aReplySplitAcrossEssaysLinksFromEachPartToTheNext() throws IOException {
    // ann's "Firstly, on swarming" (lines 2-3) went to one essay, her "Second, on varroa" (line 6)
    // to another: the first part ends with the way on, the second starts with the way back.
    Element leaving = essay("swarming").selectFirst(".continuation-next");
    assertEquals("../../essays/varroa/index.html#hive-L6", leaving.selectFirst("a").attr("href"));
    Element arriving = essay("varroa").getElementById("hive-L6").previousElementSibling().previousElementSibling();
    assertTrue(arriving.hasClass("continuation-previous"), arriving.toString());
    assertEquals("../../essays/swarming/index.html#hive-L3", arriving.selectFirst("a").attr("href"));
  }

  @Test
  void aPointerToAnotherReplyByOrdinalLinksToIt() throws IOException {
    // "See my second reply below" (line 10) points at tom's "Second, …" (line 13), placed elsewhere.
    Element pointer = essay("first-year").getElementById("hive-L10").nextElementSibling();
    assertTrue(pointer.hasClass("continuation-next"), pointer.toString());
    assertEquals("../../essays/varroa/index.html#hive-L13", pointer.selectFirst("a").attr("href"));
  }

  @Test
  void everyEssayParagraphLinksBackToItsThreadLine() throws IOException {
    for (String slug : List.of("swarming", "varroa", "first-year")) {
      for (Element paragraph : essay(slug).select(".prose > p[id]")) {
        Element source = paragraph.previousElementSibling();
        String line = paragraph.id().substring("hive-L".length());
        assertEquals("../../thread/hive/index.html#L" + line, source.attr("href"), slug + " " + paragraph.id());
      }
    }
  }

  @Test
  void theThreadPageShowsEveryLineAsItCameAndWhereItWent() throws IOException {
    Document thread = page("thread/hive/index.html");
    List<String> lines = java.nio.file.Files.readAllLines(Path.of(FIXTURE, "seeds/hive.txt"));
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      Element line = thread.getElementById("L" + (i + 1));
      assertNotNull(line, "line " + (i + 1));
      assertEquals(lines.get(i), line.selectFirst(".line-text").text());
    }
    assertEquals("../../essays/varroa/index.html#hive-L7", thread.getElementById("L7").selectFirst(".placed-in").attr("href"));
    assertEquals(2, thread.select(".thread-comment").stream().filter(c -> c.selectFirst(".thread-byline") != null).count());
  }

  @Test
  void theGlossaryListsEveryTermWithTheEssaysUsingIt() throws IOException {
    Document glossary = page("glossary/index.html");
    assertEquals(List.of("Queen excluder", "Supersedure", "Swarming", "Varroa mite"), glossary.select(".glossary dt .term-anchor").eachText());
    Element swarming = glossary.getElementById("swarming");
    assertEquals(List.of("A first year with bees", "Before the swarm", "Counting mites"), swarming.select(".used-in a").eachText());
    assertEquals("../glossary/index.html#supersedure", swarming.selectFirst("dd a[href*=supersedure]").attr("href"));
  }
}
