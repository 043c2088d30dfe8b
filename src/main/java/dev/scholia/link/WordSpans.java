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
    // One copy into a char array, then plain array reads: String.charAt and codePointAt check
    // their index and coder on every call, and this loop runs over every character of every body.
    char[] chars = text.toCharArray();
    List<Word> out = new ArrayList<>();
    int i = 0;
    while (i < chars.length) {
      int width = letterOrDigitWidth(chars, i);
      if (width == 0) {
        i += Character.charCount(Character.codePointAt(chars, i));
        continue;
      }
      int start = i;
      boolean lowerAscii = true;
      while (width > 0) {
        lowerAscii &= chars[i] < 128 && !(chars[i] >= 'A' && chars[i] <= 'Z');
        i += width;
        width = i < chars.length ? letterOrDigitWidth(chars, i) : 0;
      }
      String word = new String(chars, start, i - start);
      out.add(new Word(lowerAscii ? word : word.toLowerCase(Locale.ROOT), start, i));
    }
    return out;
  }

  /** The number of chars of the letter or digit at {@code i}, or 0 when the code point there is neither. */
  private static int letterOrDigitWidth(char[] chars, int i) {
    char c = chars[i];
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ? 1 : 0;
    }
    int codePoint = Character.codePointAt(chars, i);
    return Character.isLetterOrDigit(codePoint) ? Character.charCount(codePoint) : 0;
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
