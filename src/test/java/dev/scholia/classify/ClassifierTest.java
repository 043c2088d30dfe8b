package dev.scholia.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scholia.model.Diagnostics;
import dev.scholia.model.Discussion;
import dev.scholia.model.Keyword;
import dev.scholia.model.MarkdownText;
import dev.scholia.model.Theme;
import dev.scholia.segment.Segmenter;
import dev.scholia.thread.ThreadReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassifierTest {
  private static final List<Theme> THEMES =
      List.of(
          theme("garden", 1, "Growing vegetables: watering, soil and tomatoes.", false, "tomato", "watering", "soil", "mulch"),
          theme("compost", 2, "Making compost from scraps and leaves.", false, "compost", "scraps", "leaves", "pile"),
          theme("other", 9, "Everything else.", true));

  private static Theme theme(String slug, int order, String description, boolean catchAll, String... keywords) {
    return new Theme(
        slug, slug, order, description, Arrays.stream(keywords).map(k -> new Keyword(k, 1)).toList(), catchAll,
        new MarkdownText("content/themes/" + slug + ".md", 5, ""), "content/themes/" + slug + ".md");
  }

  private static List<Classification> classify(String thread) {
    Discussion d = Segmenter.segment("seeds/t.txt", ThreadReader.read("seeds/t.txt", thread.getBytes(StandardCharsets.UTF_8)), new Diagnostics());
    return Classifier.of(THEMES).classify(d);
  }

  private static List<String> themes(List<Classification> classifications) {
    return classifications.stream().map(Classification::theme).toList();
  }

  @Test
  void aParagraphWithoutEvidenceFollowsItsComment() {
    List<Classification> c = classify("ada\nMy tomato plants need watering twice a week, and mulch keeps the soil moist.\nThat routine took me three summers to learn.\n");
    assertEquals(List.of("garden", "garden"), themes(c));
    assertEquals("follows its comment", c.get(1).reason());
  }

  @Test
  void aParagraphWithStrongEvidenceOfItsOwnLeavesItsComment() {
    List<Classification> c =
        classify("ada\nTomato watering matters: soil, mulch and tomato care.\nAlso, my compost pile of scraps is slow.\n");
    assertEquals(List.of("garden", "compost"), themes(c));
    assertEquals("own evidence is strong enough to leave its comment", c.get(1).reason());
  }

  @Test
  void whatMatchesNoThemeGoesToTheCatchAll() {
    List<Classification> c = classify("Thanks everyone, see you at the meeting on Friday.\n");
    assertEquals(List.of("other"), themes(c));
  }

  @Test
  void theExplanationNamesMatchedKeywordsScoresAndTheRunnerUp() {
    Classification c = classify("Tomato plants want watering; compost helps too.\n").get(0);
    assertEquals("garden", c.theme());
    assertEquals("compost", c.runnerUp());
    ThemeScore best = c.own().get(0);
    assertEquals(List.of("tomato×1", "watering×1"), best.matched());
    assertTrue(best.describe().startsWith("garden "), best.describe());
    assertTrue(best.similarity() > 0, "TF-IDF similarity to the theme's own words counts too");
  }

  @Test
  void classificationIsDeterministic() {
    String thread = "Tomato watering.\nCompost scraps.\nNothing here.\n";
    assertEquals(classify(thread), classify(thread));
  }
}
