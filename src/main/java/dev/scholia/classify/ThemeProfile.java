package dev.scholia.classify;

import dev.scholia.model.Keyword;
import dev.scholia.model.Theme;
import dev.scholia.segment.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * A theme as the classifier sees it: its keywords as token sequences, and its own words (title,
 * description, keywords and introduction) as a document for TF-IDF. Built once per split; each
 * discussion numbers these tokens in its own vocabulary ({@link KeywordIndex}).
 */
record ThemeProfile(Theme theme, List<List<String>> phrases, List<Double> weights, List<String> words) {

  static ThemeProfile of(Theme theme) {
    List<List<String>> phrases = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    StringBuilder text = new StringBuilder(theme.title()).append('\n').append(theme.description());
    for (Keyword keyword : theme.keywords()) {
      List<String> tokens = Words.tokens(keyword.phrase());
      int known = phrases.indexOf(tokens);
      // "self-report" and "self-reports" are one keyword once stemmed; count it once.
      if (known >= 0) {
        weights.set(known, Math.max(weights.get(known), keyword.weight()));
      } else if (!tokens.isEmpty()) {
        phrases.add(tokens);
        weights.add(keyword.weight());
      }
      text.append('\n').append(keyword.phrase());
    }
    text.append('\n').append(theme.intro().text());
    // The catch-all's words describe "everything else", which is no topic at all.
    List<String> words = theme.catchAll() ? List.of() : Words.contentWords(text.toString());
    return new ThemeProfile(theme, phrases, weights, words);
  }

  String slug() {
    return theme.slug();
  }
}
