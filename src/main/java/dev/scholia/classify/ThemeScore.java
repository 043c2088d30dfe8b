package dev.scholia.classify;

import java.util.List;

/**
 * How strongly one text points at one theme.
 *
 * @param theme the theme's slug
 * @param keywords the sum of matched keyword weights
 * @param similarity TF-IDF cosine between the text and the theme's own words, 0 to 1
 * @param matched the matched keywords, each as {@code phrase×count}
 */
public record ThemeScore(String theme, double keywords, double similarity, List<String> matched) {

  /** How much similarity counts against one keyword match: a close match is worth a few keywords. */
  static final double SIMILARITY_WEIGHT = 4.0;

  public ThemeScore {
    matched = List.copyOf(matched);
  }

  public double total() {
    return keywords + SIMILARITY_WEIGHT * similarity;
  }

  /** This score plus {@code other}'s (same theme): a comment's evidence is its paragraphs'. */
  ThemeScore plus(ThemeScore other) {
    List<String> all = new java.util.ArrayList<>(matched);
    all.addAll(other.matched);
    return new ThemeScore(theme, keywords + other.keywords, similarity + other.similarity, all);
  }

  /** {@code harvest 5.3 (keywords 4.0: tomato×2, …; similarity 0.33)}. */
  public String describe() {
    return String.format(
        java.util.Locale.ROOT,
        "%s %.2f (keywords %.1f%s; similarity %.2f)",
        theme,
        total(),
        keywords,
        matched.isEmpty() ? "" : ": " + String.join(", ", matched),
        similarity);
  }
}
