package dev.scholia.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scholia.render.SearchIndex;
import dev.scholia.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small archive with sections and an editor's note but no baseUrl: {@code sites/sections}. */
class HostFilesWithoutBaseUrlTest {
  private static final Path ROOT = Path.of("src/test/resources/sites/sections");

  @TempDir Path out;

  private Path build(String name) {
    Path site = out.resolve(name);
    SiteWriter.write(ArchiveCompiler.compile(ROOT), site);
    return site;
  }

  @Test
  void withoutBaseUrlTheBuildSaysItSkippedFeedAndSitemap() {
    Path site = out.resolve("site");
    Cli.Result result = Cli.run("build", "--root", ROOT.toString(), "--out", site.toString());
    assertEquals(0, result.exit(), result.err());
    assertTrue(result.out().contains("skipped feed.xml and sitemap.xml"), result.out());
    assertEquals("", result.err());
    assertFalse(Files.exists(site.resolve("feed.xml")));
    assertFalse(Files.exists(site.resolve("sitemap.xml")));
  }

  @Test
  void robotsTxtIsWrittenWithoutASitemapLine() throws Exception {
    String robots = Files.readString(build("site").resolve("robots.txt"));
    assertEquals("User-agent: *\nAllow: /\n", robots);
  }

  @Test
  void pagesCarryDescriptionAndOpenGraphButNoCanonicalLink() throws Exception {
    Document essay = Jsoup.parse(build("site").resolve("essays/gardens/index.html").toFile());
    assertEquals("Slow growth.", essay.select("meta[name=description]").attr("content"));
    assertEquals("Gardens", essay.select("meta[property=og:title]").attr("content"));
    assertEquals("article", essay.select("meta[property=og:type]").attr("content"));
    assertTrue(essay.select("link[rel=canonical], meta[property=og:url]").isEmpty());
  }

  @Test
  void essayListsItsSectionsInATableOfContentsLinkingToTheirAnchors() throws Exception {
    Document essay = Jsoup.parse(build("site").resolve("essays/gardens/index.html").toFile());
    List<String> targets = essay.select("nav.toc a").eachAttr("href");
    assertEquals(List.of("#growing", "#replying"), targets);
    for (String target : targets) {
      assertEquals(1, essay.select(target).size(), target);
    }
  }

  @Test
  void searchIndexHoldsEssaysAndTheirAnnotationsApart() throws Exception {
    String script = Files.readString(build("site").resolve(SearchIndex.PATH));
    String prefix = "window." + SearchIndex.GLOBAL + " = ";
    assertTrue(script.startsWith(prefix) && script.endsWith(";\n"), script);
    JsonNode docs = new ObjectMapper().readTree(script.substring(prefix.length(), script.length() - 2)).get("docs");
    assertEquals(2, docs.size());
    JsonNode essay = docs.get(0);
    assertEquals("essay", essay.get("k").asText());
    assertEquals("essays/gardens/index.html", essay.get("u").asText());
    assertTrue(essay.get("x").asText().contains("Gardens grow slowly, and so do habits. "), essay.toString());
    assertFalse(essay.get("x").asText().contains("compost"), "annotations are indexed apart from the author's text");
    JsonNode note = docs.get(1);
    assertEquals("note", note.get("k").asText());
    assertEquals("An editor's remark about compost.", note.get("x").asText());
  }
}
