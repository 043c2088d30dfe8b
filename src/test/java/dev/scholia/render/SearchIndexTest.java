package dev.scholia.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scholia.markdown.Markdown;
import dev.scholia.markdown.ParsedEssay;
import dev.scholia.model.EssaySource;
import dev.scholia.model.MarkdownText;
import java.util.function.UnaryOperator;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchIndexTest {
  private static SearchIndex.Files termsWithDefinitions(List<String> definitions) {
    return termsWithDefinitions(definitions, new SearchIndex.Memo());
  }

  private static SearchIndex.Files termsWithDefinitions(List<String> definitions, SearchIndex.Memo memo) {
    SearchIndex index = new SearchIndex();
    for (int i = 0; i < definitions.size(); i++) {
      index.addTerm("T" + i, List.of(), Markdown.parse(new MarkdownText("t.md", 1, definitions.get(i))), "glossary/index.html#t" + i);
    }
    return index.build(memo);
  }

  @Test
  void aRebuildMakesAgainOnlyTheWordFilesOfTheWordsADocumentGainedOrLost() {
    List<String> definitions = new java.util.ArrayList<>(java.util.Collections.nCopies(100, "Nothing to see."));
    definitions.set(7, "Rare compost here.");
    SearchIndex.Memo memo = new SearchIndex.Memo();
    SearchIndex.Files first = termsWithDefinitions(definitions, memo);
    assertTrue(first.words().size() > 1, "several word files");

    definitions.set(7, "Rare mulch here.");
    SearchIndex.Files second = termsWithDefinitions(definitions, memo);
    assertEquals(termsWithDefinitions(definitions), second, "the same files as a build from nothing");
    int count = second.words().size();
    java.util.Set<Integer> touched = new java.util.HashSet<>(List.of(SearchIndex.bucketOf("compost", count), SearchIndex.bucketOf("mulch", count)));
    for (int b = 0; b < count; b++) {
      if (!touched.contains(b)) {
        assertSame(first.words().get(b), second.words().get(b), "word file " + b + " is kept");
      }
    }
    assertTrue(touched.size() < count, "some word file is kept");
  }

  @Test
  void postingsAreBase36GapsBetweenAscendingDocumentIds() {
    List<String> definitions = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      definitions.add(i == 0 || i == 12 || i == 39 ? "Rare compost here." : "Nothing to see.");
    }
    String words = SearchIndex.words(0, termsWithDefinitions(definitions).words().get(0));
    // ids 0, 12 and 39: gaps 0, 12 ("c") and 27 ("r").
    assertTrue(words.contains("\"compost\":\"0,c,r\""), words);
  }

  @Test
  void layoutCountsEachEssayAndEachOfItsAnnotationsBeforeTheIndexIsBuilt() {
    String body = "Text.\n\n> [!NOTE]\n> First note.\n\nMore text.\n\n> [!NOTE]\n> Second note.\n\n> A quote, not a note.\n";
    ParsedEssay essay = ParsedEssay.parse(new EssaySource("e", "E", "t", "", 0, List.of(), new MarkdownText("content/essays/e.md", 6, body), 3));
    SearchIndex index = new SearchIndex();
    index.addEssay(essay, () -> SearchIndex.passagesOf(essay, UnaryOperator.identity()), "Theme", "essays/e/index.html");
    index.addTerm("T", List.of(), Markdown.parse(new MarkdownText("t.md", 1, "A term.")), "glossary/index.html#t");

    SearchIndex.Layout layout = index.layout();
    SearchIndex.Files files = index.build();
    assertEquals(4, layout.documents());
    assertEquals(files.documents().size(), layout.documents());
    assertEquals(files.words().size(), layout.buckets());
    assertEquals(1, layout.chunks());
  }

  @Test
  void wordsAreLowerCasedWithoutAccentsAsTheBrowserNormalisesAQuery() {
    assertEquals(List.of("cafe", "naive", "o", "reilly", "ai", "2"), List.copyOf(SearchWords.of("Café NAÏVE O’Reilly AI-2 café")));
  }

  @Test
  void bucketsFollowJavaStringHashOfTheFirstTwoLetters() {
    // The search script computes the same: ((31 * 'i' + 'n') % 8 + 8) % 8.
    assertEquals(Math.floorMod(31 * 'i' + 'n', 8), SearchIndex.bucketOf("introspection", 8));
    assertEquals(SearchIndex.bucketOf("in", 8), SearchIndex.bucketOf("intro", 8));
    assertEquals(1, SearchIndex.bucketsFor(40));
    assertEquals(64, SearchIndex.bucketsFor(4_000));
    assertEquals(4, SearchIndex.bucketsFor(130));
  }
}
