package dev.scholia.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The word model shared by segmentation and classification: lower-case tokens with a light
 * English plural stemmer, so that a theme keyword {@code deployment} also matches
 * {@code deployments}. Hyphens and punctuation separate words, so the phrase
 * {@code self-report} is the two tokens {@code self report} wherever it appears.
 */
public final class Words {
  /** Function words that say nothing about a paragraph's topic. */
  private static final Set<String> STOPWORDS =
      Set.of(
          "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
          "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both",
          "but", "by", "can", "can't", "cannot", "could", "did", "didn't", "do", "doe", "does",
          "doesn't", "doing", "don't", "down", "during", "each", "even", "ever", "every", "few",
          "for", "from", "further", "get", "got", "had", "has", "hasn't", "have", "haven't",
          "having", "he", "he's", "her", "here", "here's", "hers", "herself", "him", "himself",
          "his", "how", "i", "i'd", "i'll", "i'm", "i've", "if", "in", "into", "is", "isn't", "it",
          "it's", "its", "itself", "just", "least", "less", "let", "like", "lot", "made", "make",
          "many", "may", "me", "might", "more", "most", "much", "must", "my", "myself", "no", "nor",
          "not", "now", "of", "off", "on", "once", "one", "only", "or", "other", "our", "ours",
          "ourselves", "out", "over", "own", "per", "perhap", "quite", "rather", "really", "same",
          "say", "see", "she", "should", "so", "some", "such", "than", "that", "that's", "the",
          "their", "theirs", "them", "themselves", "then", "there", "there's", "these", "they",
          "they're", "this", "those", "through", "to", "too", "under", "until", "up", "upon",
          "us", "very", "was", "wasn't", "way", "we", "we're", "were", "weren't", "what",
          "when", "where", "whether", "which", "while", "who", "whom", "why", "will", "with",
          "without", "won't", "would", "wouldn't", "yet", "you", "you're", "your", "yours",
          "yourself", "yourselves", "think", "thing", "well", "still", "already", "though",
          "although", "however", "s", "t", "e", "g");

  private Words() {}

  /**
   * Every word of {@code text}, lower-cased and stemmed, stop words included (phrases need them).
   * A word is a run of letters and digits, then any number of apostrophe-and-letters ({@code it's},
   * {@code o'clock}); curly apostrophes count as straight ones.
   *
   * <p>A character loop rather than the regular expression {@code [\p{L}\p{N}]+(?:'\p{L}+)*} it
   * replaces (same tokens, {@code WordsTest} compares them): split tokenises every paragraph of the
   * thread, and the matcher with a substring per match was a large share of its time (issue #7).
   */
  public static List<String> tokens(String text) {
    // Read from a char array: under C1 (bin/scholia) every codePointAt of a string holding a
    // curly quote is a call with checks, and every character of the thread passes here. A token
    // is a stretch of the lower-cased text as it stands, so it is cut out whole.
    char[] lower = text.replace('’', '\'').toLowerCase(Locale.ROOT).toCharArray();
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < lower.length) {
      int width = widthOf(lower, i, true);
      if (width == 0) {
        i += Character.charCount(Character.codePointAt(lower, i));
        continue;
      }
      int start = i;
      i = skipWhile(lower, i, true);
      while (i + 1 < lower.length && lower[i] == '\'' && widthOf(lower, i + 1, false) > 0) {
        i = skipWhile(lower, i + 1, false);
      }
      out.add(stem(new String(lower, start, i - start)));
    }
    return out;
  }

  /** Skips the letters (and, if {@code numbers}, digits) from {@code i} on; returns where they end. */
  private static int skipWhile(char[] text, int i, boolean numbers) {
    for (int width = widthOf(text, i, numbers); width > 0; width = i < text.length ? widthOf(text, i, numbers) : 0) {
      i += width;
    }
    return i;
  }

  /**
   * The chars taken by the letter (or, if {@code numbers}, digit) at {@code i}, or 0 when the code
   * point there is neither. ASCII is decided here; anything else as the regular expression would.
   */
  private static int widthOf(char[] text, int i, boolean numbers) {
    char c = text[i];
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (numbers && c >= '0' && c <= '9') ? 1 : 0;
    }
    int codePoint = Character.codePointAt(text, i);
    return (numbers ? isLetterOrNumber(codePoint) : Character.isLetter(codePoint)) ? Character.charCount(codePoint) : 0;
  }

  /** {@code \p{L}} or {@code \p{N}}, as the regular expression read them. */
  private static boolean isLetterOrNumber(int c) {
    if (Character.isLetter(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  /** The words of {@code text} that carry meaning: {@link #tokens} without stop words and digits. */
  public static List<String> contentWords(String text) {
    return tokens(text).stream().filter(Words::isContentWord).toList();
  }

  public static boolean isContentWord(String token) {
    return token.length() > 1 && !STOPWORDS.contains(token) && !allDigits(token);
  }

  private static boolean allDigits(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (!Character.isDigit(token.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Folds possessives and regular plurals onto one form. Deliberately light: a stronger stemmer
   * conflates words a theme author keeps apart ({@code organisation} versus {@code organise}).
   */
  static String stem(String word) {
    String w = word;
    if (w.endsWith("'s")) {
      w = w.substring(0, w.length() - 2);
    } else if (w.endsWith("'")) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.length() > 4 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }
}
