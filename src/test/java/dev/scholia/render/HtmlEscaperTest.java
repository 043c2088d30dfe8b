package dev.scholia.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

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
}
