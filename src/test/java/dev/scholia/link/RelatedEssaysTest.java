package dev.scholia.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A ranking kept up to date across edits must equal a fresh ranking of the same essays after
 * every edit: the long-running session recomputes only the vectors and rankings an edit reaches.
 */
class RelatedEssaysTest {
  private static final int ESSAYS = 120;
  private static final int VOCABULARY = 400;
  private static final int TERMS = 15;

  private final Random random = new Random(7);

  @Test
  void updatedRankingEqualsAFreshRankingAfterEveryKindOfEdit() {
    List<RelatedEssays.Profile> essays = essays();
    RelatedEssays session = new RelatedEssays();
    assertEquals(new RelatedEssays().update(essays), session.update(essays));
    for (int edit = 0; edit < 60; edit++) {
      int at = random.nextInt(essays.size());
      switch (edit % 6) {
        case 0, 1, 2 -> essays.set(at, profile(essays.get(at).slug()));
        case 3 -> essays.set(at, nudged(essays.get(at)));
        case 4 -> essays.add(at, profile(essays.get(at).slug() + "b"));
        default -> essays.remove(at);
      }
      assertEquals(new RelatedEssays().update(essays), session.update(essays), "after edit " + edit);
    }
  }

  @Test
  void unchangedEssaysKeepTheirRanking() {
    List<RelatedEssays.Profile> essays = essays();
    RelatedEssays session = new RelatedEssays();
    Map<String, List<String>> first = session.update(essays);
    assertEquals(first, session.update(List.copyOf(essays)));
  }

  /** {@value #ESSAYS} random essays, in a list the test may edit. */
  private List<RelatedEssays.Profile> essays() {
    List<RelatedEssays.Profile> essays = new ArrayList<>();
    for (int i = 0; i < ESSAYS; i++) {
      essays.add(profile(String.format("e%04d", i)));
    }
    return essays;
  }

  /** Counts drawn from a skewed vocabulary, so some words are common and some rare. */
  private RelatedEssays.Profile profile(String slug) {
    Map<String, Integer> words = new HashMap<>();
    for (int w = 0; w < 80; w++) {
      int rank = (int) Math.floor(Math.pow(random.nextDouble(), 3) * VOCABULARY);
      words.merge("w" + rank, 1, Integer::sum);
    }
    Map<String, Integer> terms = new HashMap<>();
    for (int t = random.nextInt(4); t > 0; t--) {
      terms.merge("t" + random.nextInt(TERMS), 1 + random.nextInt(3), Integer::sum);
    }
    return new RelatedEssays.Profile(slug, terms, words);
  }

  /** One more use of a word the essay already has: its weights move, the document frequencies do not. */
  private RelatedEssays.Profile nudged(RelatedEssays.Profile essay) {
    Map<String, Integer> words = new HashMap<>(essay.wordCounts());
    words.merge(words.keySet().iterator().next(), 1, Integer::sum);
    return new RelatedEssays.Profile(essay.slug(), essay.termCounts(), words);
  }
}
