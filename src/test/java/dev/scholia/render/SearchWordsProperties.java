package dev.scholia.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scholia.testing.TrickyText;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  @Provide
  Arbitrary<String> prose() {
    return TrickyText.prose();
  }
}
