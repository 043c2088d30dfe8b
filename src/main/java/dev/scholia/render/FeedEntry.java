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
   * The body for a CDATA section, the HTML as it is: the template writes {@code <![CDATA[} and
   * {@code ]]>} around it, in {@code <content type="html">}. Escaping every tag's angle brackets
   * for XML instead was the largest part of writing a large feed and made it a fifth larger, and
   * wrapping each body here copied it once more. A {@code ]]>} in the body, which would end the
   * section early, is split across two sections.
   */
  public SafeString contentInCdata() {
    String html = body.get();
    return new SafeString(html.indexOf("]]>") < 0 ? html : html.replace("]]>", "]]]]><![CDATA[>"));
  }
}
