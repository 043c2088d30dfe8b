package dev.scholia.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scholia.testing.TrickyText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The link stage's fast word splitting agrees with its definition, read code point by code point. */
class WordSpansProperties {
  /** The definition: maximal runs of letters and digits, lower-cased, with their char positions. */
  private static List<WordSpans.Word> reference(String text) {
    List<WordSpans.Word> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); ) {
      int codePoint = i < text.length() ? text.codePointAt(i) : ' ';
      boolean inWord = Character.isLetterOrDigit(codePoint);
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        words.add(new WordSpans.Word(text.substring(start, i).toLowerCase(Locale.ROOT), start, i));
        start = -1;
      }
      i += i < text.length() ? Character.charCount(codePoint) : 1;
    }
    return words;
  }

  @Property(tries = 2000)
  void wordsAreTheRunsOfLettersAndDigitsLowerCased(@ForAll("prose") String text) {
    assertEquals(reference(text), WordSpans.of(text));
  }

  @Provide
  Arbitrary<String> prose() {
    return TrickyText.prose();
  }
}
