package dev.scholia.render;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words the search index files a text under, normalised exactly as {@code assets/search.js}
 * normalises a query: lower case, accents removed, runs of letters and digits. The index and the
 * browser must agree, or a word on the page would not be found.
 */
final class SearchWords {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern ACCENTS = Pattern.compile("[\\u0300-\\u036f]");

  private SearchWords() {}

  /** The distinct normalised words of {@code text}, in order of first appearance. */
  static Set<String> of(String text) {
    // Sized for a word in eight characters, a few hundred distinct in an essay: grown from the
    // default sixteen, the set rehashed itself five times per essay.
    Set<String> words = new LinkedHashSet<>(Math.max(16, text.length() / 8));
    // Normalising is the costly part, and nearly every word is plain ASCII, which lower-casing and
    // decomposition map character by character. Pieces between ASCII white space are normalised
    // independently without changing the result (white space ends every context either step
    // looks at), so only pieces holding other characters take the general path. The exception is
    // the capital sigma, whose lower case depends on the letters around it as far as the JDK's
    // word boundaries reach: a text holding one is normalised whole.
    if (text.indexOf('Σ') >= 0) {
      addMatches(normalise(text), words);
      return words;
    }
    // Read from a copy of the characters: under C1 (bin/scholia) every charAt of a string holding
    // a curly quote, stored two bytes a character, is a call with a bounds check, and this loop
    // runs over every character of every essay.
    char[] chars = text.toCharArray();
    int start = 0;
    for (int i = 0; i <= chars.length; i++) {
      if (i == chars.length || isAsciiSpace(chars[i])) {
        if (i > start) {
          addWords(text, chars, start, i, words);
        }
        start = i + 1;
      }
    }
    return words;
  }

  private static void addWords(String text, char[] chars, int start, int end, Set<String> words) {
    for (int i = start; i < end; i++) {
      if (chars[i] >= 0x80) {
        addMatches(normalise(text.substring(start, end)), words);
        return;
      }
    }
    // ASCII only: letters and digits are a-z, A-Z and 0-9, lower-cased in place in the copy.
    int wordStart = -1;
    for (int i = start; i <= end; i++) {
      boolean wordChar = i < end && isAsciiLetterOrDigit(chars[i]);
      if (wordChar && wordStart < 0) {
        wordStart = i;
      } else if (!wordChar && wordStart >= 0) {
        for (int j = wordStart; j < i; j++) {
          if (chars[j] >= 'A' && chars[j] <= 'Z') {
            chars[j] += 'a' - 'A';
          }
        }
        words.add(new String(chars, wordStart, i - wordStart));
        wordStart = -1;
      }
    }
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static void addMatches(String normalised, Set<String> words) {
    Matcher m = WORD.matcher(normalised);
    while (m.find()) {
      words.add(m.group());
    }
  }

  /** Lower case, accents removed: what {@code assets/search.js} does to a query. */
  private static String normalise(String text) {
    return ACCENTS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("");
  }

  /** White space as the regex {@code \\s} means it: the ASCII kinds only. */
  private static boolean isAsciiSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B';
  }

  /** Each run of white space as one space (as the regex {@code \\s+} would match it). */
  static String collapseSpaces(String text) {
    // Arrays rather than charAt and a StringBuilder, for C1's sake (see {@link #of}).
    char[] in = text.toCharArray();
    char[] out = new char[in.length];
    int length = 0;
    boolean inSpace = false;
    for (char c : in) {
      if (isAsciiSpace(c)) {
        inSpace = true;
      } else {
        if (inSpace) {
          out[length++] = ' ';
          inSpace = false;
        }
        out[length++] = c;
      }
    }
    if (inSpace) {
      out[length++] = ' ';
    }
    return new String(out, 0, length);
  }
}
