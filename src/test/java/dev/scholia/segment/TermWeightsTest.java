package dev.scholia.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TermWeightsTest {
  /**
   * The map-based TF-IDF that {@link TermWeights} and {@link TermVector} replaced: the sparse
   * vectors must give the same cosines, up to the order the sums are taken in.
   */
  private static final class MapWeights {
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final int documents;

    MapWeights(List<List<String>> corpus) {
      corpus.forEach(d -> new HashSet<>(d).forEach(w -> documentFrequency.merge(w, 1, Integer::sum)));
      documents = corpus.size();
    }

    Map<String, Double> vector(List<String> words) {
      Map<String, Integer> counts = new HashMap<>();
      words.forEach(w -> counts.merge(w, 1, Integer::sum));
      Map<String, Double> vector = new HashMap<>();
      double norm = 0;
      for (Map.Entry<String, Integer> e : counts.entrySet()) {
        double idf = Math.log((1.0 + documents) / (1.0 + documentFrequency.getOrDefault(e.getKey(), 0))) + 1.0;
        double weight = (1 + Math.log(e.getValue())) * idf;
        vector.put(e.getKey(), weight);
        norm += weight * weight;
      }
      double length = Math.sqrt(norm);
      if (length > 0) {
        vector.replaceAll((w, v) -> v / length);
      }
      return vector;
    }

    static double cosine(Map<String, Double> a, Map<String, Double> b) {
      double dot = 0;
      for (Map.Entry<String, Double> e : a.entrySet()) {
        dot += e.getValue() * b.getOrDefault(e.getKey(), 0.0);
      }
      return dot;
    }
  }

  private static double sparseCosine(List<List<String>> corpus, List<String> a, List<String> b) {
    Vocabulary vocabulary = new Vocabulary();
    List<int[]> documents = new ArrayList<>();
    corpus.forEach(d -> documents.add(vocabulary.ids(d)));
    int[] idsOfA = vocabulary.ids(a);
    int[] idsOfB = vocabulary.ids(b);
    TermWeights weights = new TermWeights(documents, vocabulary.size());
    return weights.vector(idsOfA).cosine(weights.vector(idsOfB));
  }

  private static double mapCosine(List<List<String>> corpus, List<String> a, List<String> b) {
    MapWeights weights = new MapWeights(corpus);
    return MapWeights.cosine(weights.vector(a), weights.vector(b));
  }

  @Test
  void aDocumentIsFullySimilarToItselfAndNotAtAllToOneSharingNoWord() {
    List<List<String>> corpus = List.of(List.of("soil", "tomato", "tomato"), List.of("compost", "pile"));
    assertEquals(1.0, sparseCosine(corpus, corpus.get(0), corpus.get(0)), 1e-12);
    assertEquals(0.0, sparseCosine(corpus, corpus.get(0), corpus.get(1)));
    assertEquals(0.0, sparseCosine(corpus, List.of(), corpus.get(1)));
  }

  @Test
  void wordsTheCorpusNeverSawCountAsRare() {
    List<List<String>> corpus = List.of(List.of("soil", "soil"), List.of("soil", "loam"));
    List<String> a = List.of("soil", "unseen", "loam");
    List<String> b = List.of("unseen", "soil");
    assertEquals(mapCosine(corpus, a, b), sparseCosine(corpus, a, b), 1e-12);
  }

  @Property
  void sparseCosineEqualsTheMapBasedOne(
      @ForAll("documents") List<List<String>> corpus, @ForAll("document") List<String> a, @ForAll("document") List<String> b) {
    assertEquals(mapCosine(corpus, a, b), sparseCosine(corpus, a, b), 1e-12);
  }

  @Provide
  Arbitrary<List<String>> document() {
    return Arbitraries.of("soil", "tomato", "compost", "pile", "mulch", "leaf", "water", "rare").list().ofMaxSize(12);
  }

  @Provide
  Arbitrary<List<List<String>>> documents() {
    return document().list().ofMaxSize(8);
  }
}
