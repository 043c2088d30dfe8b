package dev.scholia.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scholia.model.ScholiaException;
import dev.scholia.render.SearchIndex;
import dev.scholia.testing.Fixtures;
import dev.scholia.testing.SyntheticArchive;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incremental rebuild must produce exactly the site a fresh build makes, while rendering only
 * the pages an edit reaches. Every test edits a synthetic archive, rebuilds incrementally, and
 * compares the folder file by file with a full build of the same root.
 */
class IncrementalBuilderTest {
  @TempDir Path work;
  private Path root;
  private Path out;
  private IncrementalBuilder builder;

  @BeforeEach
  void buildOnce() {
    root = work.resolve("root");
    out = work.resolve("out");
    SyntheticArchive.of(24, 3).writeTo(root);
    Fixtures.copyTree(Path.of("templates"), root.resolve("templates"), p -> true);
    builder = new IncrementalBuilder(root, out);
    builder.rebuild();
  }

  private Path essay(int index) {
    return root.resolve("content/essays/" + SyntheticArchive.essaySlug(index) + ".md");
  }

  private static String page(int index) {
    return "essays/" + SyntheticArchive.essaySlug(index) + "/index.html";
  }

  /** Sets a {@code baseUrl}, which adds the feed and the sitemap, and rebuilds; returns {@code site.yaml}. */
  private Path publishWithBaseUrl() throws IOException {
    Path site = root.resolve("content/site.yaml");
    Files.writeString(site, "title: Synthetic\nbaseUrl: https://example.org/archive/\ndate: 2026-01-02\n");
    builder.rebuild(List.of(site));
    return site;
  }

  private IncrementalBuilder.Report edit(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    assertTrue(text.contains(from), () -> file + " does not contain " + from);
    Files.writeString(file, text.replace(from, to));
    return builder.rebuild(List.of(file));
  }

  private void assertSameAsFullBuild() {
    Path full = work.resolve("full");
    SiteWriter.write(ArchiveCompiler.compile(root), full);
    assertEquals(Fixtures.readTextTree(full), Fixtures.readTextTree(out));
  }

  @Test
  void firstBuildWritesTheWholeSite() {
    assertSameAsFullBuild();
  }

  @Test
  void annotationEditRewritesOnlyThatEssaysPageAndTheSearchIndex() throws IOException {
    IncrementalBuilder.Report report = edit(essay(5), "## Second part\n", "## Second part\n\n> [!NOTE]\n> An editor's note.\n");
    // A new searchable document: the page, and the search files whose documents or ids moved.
    assertEquals(List.of(page(5)), report.written().stream().filter(path -> !path.startsWith(SearchIndex.FOLDER)).toList());
    assertTrue(report.written().contains(SearchIndex.FOLDER + "index.js"), report.written().toString());
    assertSameAsFullBuild();
  }

  @Test
  void noteTextEditRerendersOnlyTheSearchFilesHoldingItsTextOrWords() throws IOException {
    edit(essay(5), "## Second part\n", "## Second part\n\n> [!NOTE]\n> Quokka sightings.\n");
    IncrementalBuilder.Report report = edit(essay(5), "Quokka sightings.", "Numbat sightings.");
    // The same documents in the same order: the document list stays, one text file and the word
    // file of the words that came and went change. The other search files are not even rendered.
    List<String> search = report.written().stream().filter(path -> path.startsWith(SearchIndex.FOLDER)).toList();
    assertEquals(1, search.stream().filter(path -> path.startsWith(SearchIndex.FOLDER + "text-")).count(), search.toString());
    assertFalse(search.contains(SearchIndex.FOLDER + "index.js"), search.toString());
    assertTrue(report.rendered() <= report.written().size() + 2, report.rendered() + " rendered for " + report.written());
    assertSameAsFullBuild();
  }

  @Test
  void titleEditRewritesThePagesThatShowTheTitle() throws IOException {
    IncrementalBuilder.Report report = edit(essay(4), "title: \"Essay 4\"", "title: \"Essay four\"");
    // Essay 4 is in theme 1 (4 % 3) between essays 1 and 7 in reading order; other pages show
    // the title too (related essays, continuations, the thread page), and only those are rewritten.
    assertTrue(
        report.written().containsAll(Set.of(page(4), page(1), page(7), "themes/theme-01/index.html", "index.html")),
        "written " + report.written());
    for (String written : report.written()) {
      // The search index's word files hold the title's words one by one.
      String shown = written.startsWith(SearchIndex.FOLDER + "words-") ? "\"four\"" : "Essay four";
      assertTrue(Files.readString(out.resolve(written)).contains(shown), written + " was rewritten but does not show the title");
    }
    // An essay page reads only its own place in the theme, so the theme's other essays are not
    // rendered again to find their pages unchanged: one page at most is rendered for nothing.
    assertTrue(report.rendered() <= report.written().size() + 1, "rendered " + report.rendered() + " for " + report.written());
    assertSameAsFullBuild();
  }

  @Test
  void settingABaseUrlAddsFeedAndSitemapAndEssayEditsReachTheFeed() throws IOException {
    publishWithBaseUrl();
    assertTrue(Files.exists(out.resolve("feed.xml")) && Files.exists(out.resolve("sitemap.xml")));
    assertSameAsFullBuild();
    IncrementalBuilder.Report report = edit(essay(4), "title: \"Essay 4\"", "title: \"Essay four\"");
    assertTrue(report.written().contains("feed.xml"), report.written().toString());
    assertSameAsFullBuild();
  }

  @Test
  void templateEditRerendersOnlyThePagesUsingIt() throws IOException {
    IncrementalBuilder.Report report =
        edit(root.resolve("templates/theme.peb"), "<ul class=\"essay-list\">", "<ul class=\"essay-list theme\">");
    assertEquals(3, report.rendered());
    assertSameAsFullBuild();
  }

  @Test
  void layoutEditRerendersEveryPage() throws IOException {
    IncrementalBuilder.Report report = edit(root.resolve("templates/base.peb"), "built with scholia", "made with scholia");
    // 24 essays, 3 themes, the index and 404 pages, the thread page.
    assertEquals(24 + 3 + 2 + 1, report.rendered());
    assertSameAsFullBuild();
  }

  @Test
  void movingAnEssayToAnotherThemeUpdatesBothThemes() throws IOException {
    edit(essay(4), "theme: theme-01", "theme: theme-02");
    assertSameAsFullBuild();
  }

  @Test
  void movingAParagraphBetweenEssaysUpdatesBoth() throws IOException {
    String moved = Files.readAllLines(essay(3)).stream().filter(l -> l.startsWith("The ")).reduce((a, b) -> b).orElseThrow();
    Files.writeString(essay(3), Files.readString(essay(3)).replace(moved + "\n", ""));
    Files.writeString(essay(9), Files.readString(essay(9)) + moved + "\n");
    IncrementalBuilder.Report report = builder.rebuild(List.of(essay(3), essay(9)));
    assertTrue(report.written().containsAll(List.of(page(3), page(9), "source-map.json")), report.written().toString());
    assertSameAsFullBuild();
  }

  @Test
  void newAndDeletedEssaysAddAndRemoveTheirPages() throws IOException {
    Path extra = root.resolve("content/essays/extra.md");
    Files.writeString(extra, "---\ntitle: Extra\ntheme: theme-02\n---\n\n> [!NOTE]\n> Only an editor's note so far.\n");
    builder.rebuild(List.of(extra));
    assertTrue(Files.exists(out.resolve("essays/extra/index.html")));
    assertSameAsFullBuild();

    Files.delete(extra);
    IncrementalBuilder.Report report = builder.rebuild(List.of(extra));
    // Fewer searchable documents may also need one text file of the search index fewer.
    assertEquals(List.of("essays/extra/index.html"), report.deleted().stream().filter(p -> !p.startsWith(SearchIndex.FOLDER)).toList());
    assertTrue(Files.notExists(out.resolve("essays/extra")));
    assertSameAsFullBuild();
  }

  @Test
  void noteSharingRareWordsWithAnotherEssayMakesThemRelatedOnBothPages() throws IOException {
    String note = "## Second part\n\n> [!NOTE]\n> Quokka numbat wombat bilby.\n";
    edit(essay(11), "## Second part\n", note);
    IncrementalBuilder.Report report = edit(essay(5), "## Second part\n", note);
    // Essay 11's ranking changed too, though its file did not: it is related to essay 5 now.
    assertTrue(report.written().containsAll(List.of(page(5), page(11))), report.written().toString());
    assertTrue(Files.readString(out.resolve(page(11))).contains(">Essay 5</a>"), "essay 11 does not list essay 5 as related");
    assertSameAsFullBuild();

    edit(essay(5), note, "## Second part\n");
    assertSameAsFullBuild();
  }

  @Test
  void newGlossaryTermLinksItsFirstMentionInEveryEssayAndItsRemovalUnlinksThem() throws IOException {
    Path term = Files.createDirectories(root.resolve("content/glossary")).resolve("gradient.md");
    Files.writeString(term, "---\nterm: Gradient\n---\nHow a quantity changes.\n");
    IncrementalBuilder.Report report = builder.rebuild(List.of(term));
    assertTrue(report.written().contains(page(3)), report.written().toString());
    assertSameAsFullBuild();

    Files.delete(term);
    builder.rebuild(List.of(term));
    assertSameAsFullBuild();
  }

  @Test
  void firstGlossaryTermLinksItsMentionsInTheFeedAndPutsTheGlossaryInTheSitemap() throws IOException {
    publishWithBaseUrl();
    Path term = Files.createDirectories(root.resolve("content/glossary")).resolve("gradient.md");
    Files.writeString(term, "---\nterm: Gradient\n---\nHow a quantity changes.\n");
    IncrementalBuilder.Report report = builder.rebuild(List.of(term));
    // No essay's text changed, only what its body links to; the feed shows the bodies.
    assertTrue(report.written().containsAll(List.of("feed.xml", "sitemap.xml")), report.written().toString());
    assertSameAsFullBuild();
  }

  @Test
  void unsafeHtmlSwitchedOnRendersTheBodiesAgainInPagesAndFeed() throws IOException {
    Path site = publishWithBaseUrl();
    edit(essay(5), "## Second part\n", "## Second part\n\n> [!NOTE]\n> A <b>bold</b> note.\n");
    Files.writeString(site, Files.readString(site) + "unsafeHtml: true\n");
    builder.rebuild(List.of(site));
    assertTrue(Files.readString(out.resolve(page(5))).contains("A <b>bold</b> note"));
    assertSameAsFullBuild();
  }

  @Test
  void brokenEditKeepsTheLastGoodSiteAndTheFixRecovers() throws IOException {
    Map<String, String> good = Fixtures.readTextTree(out);
    String paragraph = Files.readAllLines(essay(2)).stream().filter(l -> l.startsWith("The ")).findFirst().orElseThrow();
    Files.writeString(essay(2), Files.readString(essay(2)).replace(paragraph, paragraph.replaceFirst("The ", "Thee ")));
    ScholiaException problem = assertThrows(ScholiaException.class, () -> builder.rebuild(List.of(essay(2))));
    assertTrue(problem.diagnostics().get(0).format().startsWith("content/essays/essay-00002.md:"), problem.getMessage());
    assertEquals(good, Fixtures.readTextTree(out));

    edit(essay(2), "Thee ", "The ");
    assertEquals(good, Fixtures.readTextTree(out));
    edit(essay(2), "summary: \"Synthetic", "summary: \"A synthetic");
    assertSameAsFullBuild();
  }

  @Test
  void aRefusedLinkIsReportedOnEveryRebuildUntilItIsFixed() throws IOException {
    Files.writeString(essay(4), Files.readString(essay(4)) + "\n> [!NOTE]\n> See [this](javascript:alert(1)).\n");
    ScholiaException first = assertThrows(ScholiaException.class, () -> builder.rebuild(List.of(essay(4))));
    // Another essay's edit: the unchanged essay's link is not walked again, but still refused.
    Files.writeString(essay(6), Files.readString(essay(6)).replace("summary: \"Synthetic", "summary: \"A synthetic"));
    ScholiaException again = assertThrows(ScholiaException.class, () -> builder.rebuild(List.of(essay(6))));
    assertEquals(first.getMessage(), again.getMessage());
    assertTrue(again.getMessage().contains("javascript"), again.getMessage());
    edit(essay(4), "javascript:alert(1)", "https://example.org/");
    assertSameAsFullBuild();
  }

  @Test
  void seedEditIsSeenAndReported() throws IOException {
    Path seed = root.resolve("seeds/synthetic.txt");
    Files.writeString(seed, Files.readString(seed) + "A new paragraph no essay quotes yet.\n");
    ScholiaException problem = assertThrows(ScholiaException.class, () -> builder.rebuild(List.of(seed)));
    assertTrue(problem.getMessage().startsWith("seeds/synthetic.txt:"), problem.getMessage());
  }

  @Test
  void templateAddedToTheFolderIsPickedUp() throws IOException {
    Path partial = root.resolve("templates/partial.peb");
    Files.writeString(partial, "<p class=\"from-partial\">added</p>");
    edit(root.resolve("templates/theme.peb"), "<ul class=\"essay-list\">", "{% include \"partial.peb\" %}<ul class=\"essay-list\">");
    edit(partial, "added", "changed");
    assertTrue(Fixtures.readTextTree(out).get("themes/theme-00/index.html").contains("changed"));
    assertSameAsFullBuild();
  }

  @Test
  void sameSizeEditWithinOneClockTickIsSeenThroughTheWatcherEvent() throws IOException {
    Path file = essay(6);
    var modified = Files.getLastModifiedTime(file);
    Files.writeString(file, Files.readString(file).replace("title: \"Essay 6\"", "title: \"Essay X\""));
    Files.setLastModifiedTime(file, modified);
    builder.rebuild(List.of(file));
    assertSameAsFullBuild();
  }
}
