package dev.scholia.testing;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Text for properties of word splitting: plain words mixed with what Unicode treats specially. */
public final class TrickyText {
  private TrickyText() {}

  /**
   * Short pieces joined: ASCII words, white space of every kind, letters that change length or
   * context when lower-cased, combining marks, letters outside the basic plane, arbitrary chars.
   */
  public static Arbitrary<String> prose() {
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            Arbitraries.strings().alpha().numeric().ofMaxLength(8),
            Arbitraries.of(
                " ", "\n", "\t", "\u000B", "\f", "\r", "’", "'", "-", ".", "Café", "NAÏVE", "e\u0301", "\u0301", "ΟΔΟΣ", "Σ", "σ",
                "İ", "ß", "ﬁ", "Å", "\u00A0", "\u2003", "Ǆ", "𝐀", "٣", "\uFFFC"),
            Arbitraries.strings().ofMaxLength(4));
    return piece.list().ofMaxSize(12).map(parts -> String.join("", parts));
  }
}
