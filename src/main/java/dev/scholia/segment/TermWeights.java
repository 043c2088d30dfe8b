package dev.scholia.segment;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF over a small corpus: a word that every document uses says little, a word few use says
 * much. Vectors are L2-normalised, so their dot product is the cosine similarity.
 */
public final class TermWeights {
  /**
   * Each known word's idf, computed once: {@link #vector} asks for it for every word of every
   * document, and recomputing the logarithm each time showed in split's profile (issue #7).
   */
  private final Map<String, Double> idf = new HashMap<>();
  private final int documents;

  /** @param corpus each document as its content words */
  public TermWeights(Collection<List<String>> corpus) {
    Map<String, Integer> documentFrequency = new HashMap<>();
    for (List<String> document : corpus) {
      for (String word : new HashSet<>(document)) {
        documentFrequency.merge(word, 1, Integer::sum);
      }
    }
    this.documents = corpus.size();
    documentFrequency.forEach((word, frequency) -> idf.put(word, idf(frequency)));
  }

  /** Smoothed inverse document frequency; a word the corpus never saw counts as rare. */
  public double idf(String word) {
    Double known = idf.get(word);
    return known != null ? known : idf(0);
  }

  private double idf(int documentFrequency) {
    return Math.log((1.0 + documents) / (1.0 + documentFrequency)) + 1.0;
  }

  /** The unit-length TF-IDF vector of a document's content words (sublinear term frequency). */
  public Map<String, Double> vector(List<String> words) {
    Map<String, Integer> counts = new HashMap<>();
    words.forEach(w -> counts.merge(w, 1, Integer::sum));
    Map<String, Double> vector = new HashMap<>();
    double norm = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      double weight = (1 + Math.log(e.getValue())) * idf(e.getKey());
      vector.put(e.getKey(), weight);
      norm += weight * weight;
    }
    double length = Math.sqrt(norm);
    if (length > 0) {
      vector.replaceAll((w, v) -> v / length);
    }
    return vector;
  }

  /** Cosine similarity of two vectors made by {@link #vector}. */
  public static double cosine(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double dot = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      dot += e.getValue() * large.getOrDefault(e.getKey(), 0.0);
    }
    return dot;
  }
}
