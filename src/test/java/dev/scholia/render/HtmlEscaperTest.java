package dev.scholia.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

class HtmlEscaperTest {
  @Test
  void escapesExactlyAsPebblesDefaultStrategy() {
    String alphabet = "ab <>&\"'’é\u00a0\uFFFC😀;#=/";
    SplittableRandom random = new SplittableRandom(7);
    for (int n = 0; n < 2_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(30); i > 0; i--) {
        text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
      }
      assertEquals(HtmlEscape.escapeHtml4Xml(text.toString()), HtmlEscaper.escape(text.toString()), text.toString());
    }
  }

  @Test
  void textWithoutMarkupCharactersIsReturnedAsItIs() {
    String text = "Plain words, curly ’quotes’ and é.";
    assertSame(text, HtmlEscaper.escape(text));
  }

  @Test
  void keptValuesAreEscapedOnceAndOthersEveryTime() {
    String body = new String("<p>A body</p>");
    String title = new String("<b>");
    Map<String, String> reusable = new IdentityHashMap<>();
    reusable.put(body, null);
    List<String> first = new ArrayList<>();
    List<String> second = new ArrayList<>();
    HtmlEscaper.reusing(reusable, () -> List.of(body, title).forEach(v -> first.add(HtmlEscaper.escape(v))));
    HtmlEscaper.reusing(reusable, () -> List.of(body, title).forEach(v -> second.add(HtmlEscaper.escape(v))));
    assertEquals(List.of("&lt;p&gt;A body&lt;/p&gt;", "&lt;b&gt;"), second);
    assertSame(first.get(0), second.get(0));
    assertNotSame(first.get(1), second.get(1));
    // An equal string that is not the kept one is escaped afresh: kept values go by identity.
    HtmlEscaper.reusing(reusable, () -> assertNotSame(first.get(0), HtmlEscaper.escape(new String(body))));
    assertEquals(Set.of(body), Set.copyOf(reusable.keySet()));
  }
}
