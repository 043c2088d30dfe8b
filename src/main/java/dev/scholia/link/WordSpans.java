package dev.scholia.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into lower-case words (runs of letters and digits) with their positions. Shared by
 * glossary matching and the related-essays index so both see the same words. Unlike the
 * classifier's {@code segment.Words} it neither stems nor drops stop words: a glossary link must
 * cover exactly the characters the reader sees, and positions are what it needs.
 */
final class WordSpans {
  /** A word of {@code text} at {@code [start, end)}. */
  record Word(String text, int start, int end) {}

  private WordSpans() {}

  static List<Word> of(String text) {
    List<Word> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      if (!Character.isLetterOrDigit(c)) {
        i += Character.charCount(c);
        continue;
      }
      int start = i;
      while (i < text.length() && Character.isLetterOrDigit(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
      }
      out.add(new Word(text.substring(start, i).toLowerCase(Locale.ROOT), start, i));
    }
    return out;
  }

  /**
   * Whether two words are joined only by spaces or hyphens, so a phrase can run across them:
   * {@code sea level}, {@code sea-level}; not {@code sea, level} or {@code sea. Level}.
   */
  static boolean joined(String text, Word left, Word right) {
    if (right.start() == left.end()) {
      return false;
    }
    for (int i = left.end(); i < right.start(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '-' && c != '\u2010' && c != '\u2011' && c != '\u00A0') {
        return false;
      }
    }
    return true;
  }
}
