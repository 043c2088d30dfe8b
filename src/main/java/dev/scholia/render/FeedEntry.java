package dev.scholia.render;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.function.Supplier;

/**
 * An essay as the Atom feed lists it.
 *
 * @param title the essay's title
 * @param url its absolute URL (also the entry's id)
 * @param theme the title of its theme, the entry's category
 * @param summary its summary, possibly empty
 * @param body renders the body, whose relative links resolve against {@code url}
 */
public record FeedEntry(String title, String url, String theme, String summary, Supplier<String> body) {
  /**
   * The body as HTML, rendered when the template prints it: a feed of thousands of essays then
   * holds one body at a time rather than all of them until the whole feed is written.
   */
  public String contentHtml() {
    return body.get();
  }

  /**
   * The body as a CDATA section, the HTML as it is, for {@code <content type="html">}: escaping
   * every tag's angle brackets for XML instead was the largest part of writing a large feed, and
   * made it a fifth larger. A {@code ]]>} in the body, which would end the section, is split
   * across two sections.
   */
  public SafeString contentCdata() {
    String html = body.get().replace("]]>", "]]]]><![CDATA[>");
    return new SafeString(new StringBuilder(html.length() + 12).append("<![CDATA[").append(html).append("]]>").toString());
  }
}
