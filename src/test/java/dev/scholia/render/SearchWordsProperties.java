package dev.scholia.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The search index's fast word splitting agrees with normalising the whole text at once. */
class SearchWordsProperties {
  /** The definition, as the browser's search script applies it to a query. */
  private static Set<String> reference(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    String normal = Pattern.compile("[\\u0300-\\u036f]").matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    Set<String> words = new LinkedHashSet<>();
    Matcher m = Pattern.compile("[\\p{L}\\p{N}]+").matcher(normal);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  @Property(tries = 2000)
  void wordsAreThoseOfTheWholeTextNormalisedAtOnce(@ForAll("prose") String text) {
    assertEquals(List.copyOf(reference(text)), List.copyOf(SearchWords.of(text)));
  }

  /** Text mixing plain words with what lower-casing and decomposition treat specially. */
  @Provide
  Arbitrary<String> prose() {
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
