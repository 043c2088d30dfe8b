package dev.scholia.classify;

import dev.scholia.model.Keyword;
import dev.scholia.model.Theme;
import dev.scholia.segment.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A theme as the classifier sees it: its keywords as token sequences, and its own words (title,
 * description, keywords and introduction) as a document for TF-IDF.
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

  /**
   * Where each token starts in {@code tokens}, ascending. Built once per paragraph and shared by
   * every theme, so that counting a keyword visits only the places its first word occurs instead of
   * comparing it at every position: scanning every token for every keyword of every theme was most
   * of {@code split}'s time on a large thread (issue #7).
   */
  static Map<String, List<Integer>> positions(List<String> tokens) {
    Map<String, List<Integer>> positions = new HashMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      positions.computeIfAbsent(tokens.get(i), t -> new ArrayList<>(2)).add(i);
    }
    return positions;
  }

  /**
   * Counts each keyword's occurrences in {@code tokens} (whole tokens, in sequence, not
   * overlapping); {@code positions} is {@link #positions} of {@code tokens}.
   */
  KeywordHits hits(List<String> tokens, Map<String, List<Integer>> positions) {
    double score = 0;
    List<String> matched = new ArrayList<>();
    for (int k = 0; k < phrases.size(); k++) {
      int count = occurrences(tokens, positions, phrases.get(k));
      if (count > 0) {
        score += weights.get(k) * count;
        matched.add(String.join(" ", phrases.get(k)) + "×" + count);
      }
    }
    return new KeywordHits(score, matched);
  }

  record KeywordHits(double score, List<String> matched) {}

  /** Left to right, an occurrence resumes the search after its last token. */
  private static int occurrences(List<String> tokens, Map<String, List<Integer>> positions, List<String> phrase) {
    int count = 0;
    int next = 0;
    for (int i : positions.getOrDefault(phrase.get(0), List.of())) {
      if (i >= next && i + phrase.size() <= tokens.size() && tokens.subList(i, i + phrase.size()).equals(phrase)) {
        count++;
        next = i + phrase.size();
      }
    }
    return count;
  }
}
