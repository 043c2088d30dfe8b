package dev.scholia.fidelity;

import dev.scholia.model.Paragraph;
import java.util.List;

/**
 * The thread unit most like a text that matched nothing, scored by shared prefix and suffix (an
 * edit usually touches one place), and where the two first differ. Only run on failures.
 */
record Closest(Unit unit, int differsAt, String expected, String found) {
  private static final int CONTEXT = 30;

  static Closest find(List<Unit> units, boolean note, String text) {
    Unit best = null;
    int bestScore = 0;
    for (Unit unit : units) {
      if (unit.note() != note) {
        continue;
      }
      int prefix = commonPrefix(unit.text(), text);
      int score = prefix + commonSuffix(unit.text(), text, prefix);
      if (score > bestScore) {
        bestScore = score;
        best = unit;
      }
    }
    if (best == null || bestScore < Math.min(text.length(), best.text().length()) / 3) {
      return null;
    }
    int at = commonPrefix(best.text(), text);
    return new Closest(best, at, excerpt(best.text(), at), excerpt(text, at));
  }

  String describe() {
    return unit.line().location() + ", which differs at character " + (differsAt + 1) + ": thread has \"" + expected + "\", essay has \"" + found + "\"";
  }

  /**
   * Whether the thread has a footnote marker where the two first differ: a paragraph whose
   * reference lost its definition reads the reference as literal text.
   */
  boolean atNoteMarker() {
    return differsAt < unit.text().length() && unit.text().charAt(differsAt) == Paragraph.NOTE_MARK;
  }

  private static int commonPrefix(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }

  private static int commonSuffix(String a, String b, int prefix) {
    int i = 0;
    int max = Math.min(a.length(), b.length()) - prefix;
    while (i < max && a.charAt(a.length() - 1 - i) == b.charAt(b.length() - 1 - i)) {
      i++;
    }
    return i;
  }

  private static String excerpt(String text, int at) {
    int end = Math.min(text.length(), at + CONTEXT);
    String shown = text.substring(Math.max(0, at - 10), end).replace(Paragraph.NOTE_MARK, '¤');
    return (at > 10 ? "…" : "") + shown + (end < text.length() ? "…" : "");
  }
}
