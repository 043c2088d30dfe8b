package dev.scholia.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.scholia.content.ContentReader;
import dev.scholia.model.Diagnostics;
import dev.scholia.model.SiteConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/** The Atom feed, the sitemap and robots.txt of the repository's archive, read as hosts and readers do. */
class FeedAndSitemapTest {
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String RFC3339 = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)";

  private static SiteConfig site() {
    return ContentReader.read(Path.of("."), new Diagnostics()).site();
  }

  private static Set<String> essayUrls() throws Exception {
    try (var essays = Files.list(BuiltArchive.site().resolve("essays"))) {
      return essays.map(p -> site().baseUrl() + "essays/" + p.getFileName() + "/").collect(Collectors.toCollection(TreeSet::new));
    }
  }

  @Test
  void theArchiveSetsABaseUrlSoFeedAndSitemapArePublished() {
    assertTrue(site().baseUrl() != null, "content/site.yaml should set baseUrl");
    assertTrue(Files.exists(BuiltArchive.site().resolve("feed.xml")));
    assertTrue(Files.exists(BuiltArchive.site().resolve("sitemap.xml")));
  }

  @Test
  void feedParsesWithRomeAndListsEveryEssayWithItsContent() throws Exception {
    SyndFeed feed = new SyndFeedInput().build(new XmlReader(BuiltArchive.site().resolve("feed.xml").toFile()));
    assertEquals("atom_1.0", feed.getFeedType());
    assertEquals(site().title(), feed.getTitle());
    Set<String> links = new TreeSet<>();
    for (SyndEntry entry : feed.getEntries()) {
      links.add(entry.getLink());
      assertFalse(entry.getContents().isEmpty() || entry.getContents().get(0).getValue().isBlank(), entry.getLink());
      assertEquals(site().date().atStartOfDay(ZoneOffset.UTC).toInstant(), entry.getUpdatedDate().toInstant());
    }
    assertEquals(essayUrls(), links);
  }

  @Test
  void feedHasEveryElementAtomRequires() throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    org.w3c.dom.Document xml = factory.newDocumentBuilder().parse(BuiltArchive.site().resolve("feed.xml").toFile());
    org.w3c.dom.Element feed = xml.getDocumentElement();
    assertEquals(ATOM, feed.getNamespaceURI());
    assertEquals("feed", feed.getLocalName());
    // RFC 4287 4.1.1: one id, title and updated; an author unless every entry has one; a self link.
    requireOne(feed, "id", "title", "updated", "author");
    assertTrue(linkRels(feed).contains("self"));
    NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
    assertEquals(essayUrls().size(), entries.getLength());
    for (int i = 0; i < entries.getLength(); i++) {
      org.w3c.dom.Element entry = (org.w3c.dom.Element) entries.item(i);
      // RFC 4287 4.1.2: one id, title and updated; an alternate link since content is inline.
      requireOne(entry, "id", "title", "updated", "content");
      assertTrue(linkRels(entry).contains("alternate"));
      assertTrue(text(entry, "updated").matches(RFC3339), text(entry, "updated"));
      assertTrue(text(entry, "id").startsWith(site().baseUrl()), text(entry, "id"));
    }
  }

  @Test
  void sitemapFollowsTheSitemapSchemaAndListsEveryPageButTheErrorPage() throws Exception {
    Path sitemap = BuiltArchive.site().resolve("sitemap.xml");
    SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(getClass().getResource("/schemas/sitemap.xsd"))
        .newValidator()
        .validate(new StreamSource(sitemap.toFile()));
    Set<String> listed =
        Jsoup.parse(Files.readString(sitemap), "", org.jsoup.parser.Parser.xmlParser()).select("loc").eachText().stream()
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> pages = new TreeSet<>();
    for (Path page : BuiltArchive.files(".html")) {
      String path = BuiltArchive.site().relativize(page).toString().replace('\\', '/');
      if (!path.equals("404.html")) {
        pages.add(site().baseUrl() + path.replaceFirst("index\\.html$", ""));
      }
    }
    assertEquals(pages, listed);
  }

  @Test
  void robotsTxtAllowsEverythingAndNamesTheSitemap() throws Exception {
    List<String> lines = Files.readAllLines(BuiltArchive.site().resolve("robots.txt"));
    assertTrue(lines.contains("User-agent: *"), lines.toString());
    assertTrue(lines.contains("Sitemap: " + site().baseUrl() + "sitemap.xml"), lines.toString());
  }

  @Test
  void pagesLinkRelativelySoTheSiteWorksUnderAnyPathAndFromDisk() throws Exception {
    for (Path page : BuiltArchive.files(".html")) {
      if (page.getFileName().toString().equals("404.html")) {
        continue;
      }
      Document html = Jsoup.parse(page.toFile());
      for (Element link : html.select("a[href], link[href], script[src], img[src]")) {
        String url = link.hasAttr("href") ? link.attr("href") : link.attr("src");
        boolean absoluteByDesign = link.is("link[rel=canonical]");
        assertTrue(
            absoluteByDesign || !(url.startsWith("/") || url.matches("^[a-z]+:.*")),
            page + ": " + link.outerHtml());
      }
    }
  }

  private static void requireOne(org.w3c.dom.Element parent, String... names) {
    for (String name : names) {
      long direct = children(parent, name);
      assertEquals(1, direct, "<" + parent.getLocalName() + "> needs exactly one <" + name + ">");
    }
  }

  private static long children(org.w3c.dom.Element parent, String name) {
    NodeList nodes = parent.getChildNodes();
    long count = 0;
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof org.w3c.dom.Element child && ATOM.equals(child.getNamespaceURI()) && child.getLocalName().equals(name)) {
        count++;
      }
    }
    return count;
  }

  private static String text(org.w3c.dom.Element parent, String name) {
    return parent.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
  }

  private static Set<String> linkRels(org.w3c.dom.Element parent) {
    Set<String> rels = new TreeSet<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof org.w3c.dom.Element child && "link".equals(child.getLocalName())) {
        rels.add(child.getAttribute("rel"));
      }
    }
    return rels;
  }
}
