package dev.scholia.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

class FeedEntryTest {
  /** What an XML parser reads back from {@code <content>} holding the entry's body in a CDATA section, as the feed template writes it. */
  private static String readBack(String html) throws Exception {
    FeedEntry entry = new FeedEntry("Title", "https://example.org/e/", "Theme", "", () -> html);
    String xml = "<content type=\"html\"><![CDATA[" + entry.contentInCdata() + "]]></content>";
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
        .getDocumentElement()
        .getTextContent();
  }

  @Test
  void bodyReadsBackAsTheSameHtml() throws Exception {
    String html = "<p>A “quoted” <a href=\"/x?a=1&amp;b=2\">link</a> &lt;tag&gt; & more</p>\n";
    assertEquals(html, readBack(html));
  }

  @Test
  void bodyHoldingTheEndOfACdataSectionReadsBackWhole() throws Exception {
    String html = "<p>raw ]]> and ]]]]> and ]]</p>";
    assertEquals(html, readBack(html));
  }
}
