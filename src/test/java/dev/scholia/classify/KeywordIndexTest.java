package dev.scholia.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scholia.model.Keyword;
import dev.scholia.model.MarkdownText;
import dev.scholia.model.Theme;
import dev.scholia.segment.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class KeywordIndexTest {
  private static Theme theme(String slug, List<String> keywords) {
    return new Theme(
        slug, slug, 1, "", keywords.stream().map(k -> new Keyword(k, k.length())).toList(), false,
        new MarkdownText("content/themes/" + slug + ".md", 5, ""), "content/themes/" + slug + ".md");
  }

  private static List<KeywordIndex.KeywordHits> hits(List<Theme> themes, String text) {
    List<ThemeProfile> profiles = themes.stream().map(ThemeProfile::of).toList();
    Vocabulary vocabulary = new Vocabulary();
    KeywordIndex index = KeywordIndex.of(profiles, vocabulary);
    return index.hits(vocabulary.ids(dev.scholia.segment.Words.tokens(text)));
  }

  /** The count the index replaced: compare the phrase at every position, left to right, without overlaps. */
  private static int occurrences(List<String> tokens, List<String> phrase) {
    int count = 0;
    for (int i = 0; i + phrase.size() <= tokens.size(); i++) {
      if (tokens.subList(i, i + phrase.size()).equals(phrase)) {
        count++;
        i += phrase.size() - 1;
      }
    }
    return count;
  }

  @Test
  void phrasesCountWholeAndWithoutOverlapping() {
    List<KeywordIndex.KeywordHits> hits =
        hits(List.of(theme("a", List.of("tomato", "tomato tomato")), theme("b", List.of("soil", "compost pile"))), "Tomato tomato tomato, soil; compost piles and a compost heap.");
    assertEquals(List.of("tomato×3", "tomato tomato×1"), hits.get(0).matched());
    assertEquals(List.of("soil×1", "compost pile×1"), hits.get(1).matched());
    assertEquals(3 * 6 + 13.0, hits.get(0).score(), "each keyword weighs its length here");
  }

  @Property
  void countsEqualAComparisonAtEveryPosition(@ForAll("words") List<String> words, @ForAll("keywords") List<String> keywords) {
    String text = String.join(" ", words);
    KeywordIndex.KeywordHits hits = hits(List.of(theme("t", keywords)), text).get(0);
    List<String> expected = new ArrayList<>();
    List<String> tokens = dev.scholia.segment.Words.tokens(text);
    for (List<String> phrase : ThemeProfile.of(theme("t", keywords)).phrases()) {
      int count = occurrences(tokens, phrase);
      if (count > 0) {
        expected.add(String.join(" ", phrase) + "×" + count);
      }
    }
    assertEquals(expected, hits.matched());
  }

  @Provide
  Arbitrary<List<String>> words() {
    return Arbitraries.of("a", "b", "c", "the").list().ofMaxSize(20);
  }

  @Provide
  Arbitrary<List<String>> keywords() {
    return Arbitraries.of("a", "b", "c", "the").list().ofMinSize(1).ofMaxSize(3).map(w -> String.join(" ", w)).list().ofMaxSize(4);
  }
}
