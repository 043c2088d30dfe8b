package dev.scholia.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * "Did you mean": the known names a mistyped word is probably meant to be. Closeness is the
 * number of letters to insert, delete, replace or swap with a neighbour (Damerau-Levenshtein, the
 * optimal-string-alignment form), so {@code biuld} and {@code bulid} are one edit from {@code build}.
 */
final class Suggestions {
  private Suggestions() {}

  /**
   * The names within reach of {@code typed}, closest first. Leading dashes are ignored on both
   * sides, so {@code version} finds {@code --version}. A short word may be one edit off, a longer
   * one two: more would suggest unrelated names for a short word.
   */
  static List<String> closest(String typed, List<String> names) {
    String word = undashed(typed);
    int reach = word.length() < 5 ? 1 : 2;
    List<String> close = new ArrayList<>();
    for (String name : names) {
      if (distance(word, undashed(name)) <= reach) {
        close.add(name);
      }
    }
    close.sort(Comparator.comparingInt(name -> distance(word, undashed(name))));
    return close;
  }

  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int replace = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + replace);
        boolean swapped = i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1);
        if (swapped) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  private static String undashed(String name) {
    int start = 0;
    while (start < name.length() && name.charAt(start) == '-') {
      start++;
    }
    return name.substring(start);
  }
}
