package dev.scholia.classify;

import dev.scholia.segment.Vocabulary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every theme's keyword phrases as term ids of one discussion's {@link Vocabulary}, indexed by
 * their first term, so that counting a paragraph's keywords is one pass over its tokens: at each
 * position only the phrases starting with that token are compared, as ints, for all themes in
 * one pass. Matching string tokens theme by theme, hashing each word again for every theme, was
 * a large part of split's time on a large thread (issue #7).
 *
 * <p>Immutable once built, so paragraphs may be counted in parallel.
 */
final class KeywordIndex {
  private static final int[] NONE = new int[0];

  /** One keyword of one theme (by its index in theme order), as the profile counts it. */
  private record Phrase(int theme, int[] terms, double weight, String text) {}

  /** Theme by theme, each theme's phrases in its profile's order. */
  private final List<Phrase> phrases;
  /** By term id: the indexes in {@link #phrases} of the phrases starting with that term. */
  private final int[][] startingWith;
  private final int themes;

  private KeywordIndex(List<Phrase> phrases, int[][] startingWith, int themes) {
    this.phrases = phrases;
    this.startingWith = startingWith;
    this.themes = themes;
  }

  /** Numbers the keywords' tokens in {@code vocabulary}. */
  static KeywordIndex of(List<ThemeProfile> profiles, Vocabulary vocabulary) {
    List<Phrase> phrases = new ArrayList<>();
    for (int t = 0; t < profiles.size(); t++) {
      ThemeProfile profile = profiles.get(t);
      for (int k = 0; k < profile.phrases().size(); k++) {
        List<String> tokens = profile.phrases().get(k);
        phrases.add(new Phrase(t, vocabulary.ids(tokens), profile.weights().get(k), String.join(" ", tokens)));
      }
    }
    int[][] startingWith = new int[vocabulary.size()][];
    Arrays.fill(startingWith, NONE);
    for (int p = 0; p < phrases.size(); p++) {
      int first = phrases.get(p).terms()[0];
      startingWith[first] = Arrays.copyOf(startingWith[first], startingWith[first].length + 1);
      startingWith[first][startingWith[first].length - 1] = p;
    }
    return new KeywordIndex(phrases, startingWith, profiles.size());
  }

  /**
   * Each theme's keyword evidence in {@code tokens}, in theme order. A keyword counts where its
   * tokens occur whole and in sequence; occurrences do not overlap, the search resuming after the
   * last token of each, left to right.
   */
  List<KeywordHits> hits(int[] tokens) {
    int[] counts = new int[phrases.size()];
    int[] resumeAt = new int[phrases.size()];
    for (int i = 0; i < tokens.length; i++) {
      // Terms numbered after the index was built (the paragraphs' own words) start no keyword.
      int[] candidates = tokens[i] < startingWith.length ? startingWith[tokens[i]] : NONE;
      for (int p : candidates) {
        int[] terms = phrases.get(p).terms();
        if (i >= resumeAt[p] && i + terms.length <= tokens.length && Arrays.equals(tokens, i, i + terms.length, terms, 0, terms.length)) {
          counts[p]++;
          resumeAt[p] = i + terms.length;
        }
      }
    }
    double[] scores = new double[themes];
    List<List<String>> matched = new ArrayList<>();
    for (int t = 0; t < themes; t++) {
      matched.add(new ArrayList<>());
    }
    for (int p = 0; p < phrases.size(); p++) {
      if (counts[p] > 0) {
        Phrase phrase = phrases.get(p);
        scores[phrase.theme()] += phrase.weight() * counts[p];
        matched.get(phrase.theme()).add(phrase.text() + "×" + counts[p]);
      }
    }
    List<KeywordHits> hits = new ArrayList<>();
    for (int t = 0; t < themes; t++) {
      hits.add(new KeywordHits(scores[t], matched.get(t)));
    }
    return hits;
  }

  /**
   * @param score the sum of the matched keywords' weights, each times its count
   * @param matched each matched keyword as {@code phrase×count}, in the theme's keyword order
   */
  record KeywordHits(double score, List<String> matched) {}
}
