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
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }
}
