package dev.scholia.render;

import dev.scholia.link.Urls;
import dev.scholia.markdown.ParsedEssay;
import dev.scholia.markdown.PlainText;
import dev.scholia.model.EssaySource;

/**
 * An essay as listed on the index and theme pages and in previous/next links.
 *
 * @param url relative to the site root, ending in {@code /}
 */
public record EssayCard(String slug, String title, String summary, String url, int readingMinutes) {
  private static final int WORDS_PER_MINUTE = 230;

  /** The card of {@code essay}; its reading time walks the whole text. */
  static EssayCard of(ParsedEssay essay) {
    EssaySource source = essay.source();
    int words = wordCount(PlainText.of(essay.document()).text());
    return new EssayCard(
        source.slug(),
        source.title(),
        source.summary(),
        Urls.essay(source.slug()),
        Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE));
  }

  /** Runs of non-white-space characters; a loop, since a regex split costs more than the rest of the card. */
  static int wordCount(String text) {
    int words = 0;
    boolean inWord = false;
    // Over a copy of the characters: under C1, charAt of a string stored two bytes a character
    // (any essay with a curly quote) is a call with a bounds check; and ASCII, nearly all of it,
    // is told apart without the JDK's character tables.
    for (char c : text.toCharArray()) {
      boolean space = c < 0x80 ? isAsciiWhitespace(c) : Character.isWhitespace(c);
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }

  /** {@link Character#isWhitespace} below 0x80: tab to carriage return, the four separators, space. */
  private static boolean isAsciiWhitespace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
  }
}
