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
    Path search = build("site").resolve(SearchIndex.FOLDER);
    JsonNode index = data(search, "index");
    assertEquals(1, index.get("buckets").asInt());
    assertEquals(
        List.of("[\"essay\",\"Gardens\",\"Notes\",\"essays/gardens/index.html\"]", "[\"note\",\"Editor’s note\",\"Gardens\",\"essays/gardens/index.html\"]"),
        List.of(index.get("docs").get(0).toString(), index.get("docs").get(1).toString()));
    JsonNode texts = data(search, "text-0");
    assertEquals("Growing Gardens grow slowly, and so do habits. Replying A reply about habits and gardens.", texts.get(0).asText());
    assertEquals("An editor's remark about compost.", texts.get(1).asText());
    JsonNode words = data(search, "words-0");
    assertEquals("0", words.get("gardens").asText(), "in the essay only: the annotation names the essay, not its words");
    assertEquals("1", words.get("compost").asText(), "in the note only");
    assertEquals("1", words.get("editor").asText(), "the note's title and text");
  }

  /** The JSON a search file stores under its name. */
  private static JsonNode data(Path search, String name) throws Exception {
    String script = Files.readString(search.resolve(name + ".js"));
    String prefix = "(window.scholiaSearchData = window.scholiaSearchData || {})[\"" + name + "\"] = ";
    assertTrue(script.startsWith(prefix) && script.endsWith(";\n"), script);
    return new ObjectMapper().readTree(script.substring(prefix.length(), script.length() - 2));
  }

}
