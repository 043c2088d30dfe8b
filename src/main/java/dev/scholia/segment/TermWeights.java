package dev.scholia.segment;

import java.util.Arrays;
import java.util.Collection;

/**
 * TF-IDF over a small corpus: a word that every document uses says little, a word few use says
 * much. Documents are term ids from one {@link Vocabulary}. Vectors are L2-normalised, so their
 * dot product is the cosine similarity.
 */
public final class TermWeights {
  /**
   * Each term's idf by id, computed once: {@link #vector} asks for it for every word of every
   * document, and recomputing the logarithm each time showed in split's profile (issue #7).
   */
  private final double[] idf;
  private final int documents;

  /**
   * @param corpus each document as the ids of its content words
   * @param vocabularySize how many ids the vocabulary has numbered; every id in {@code corpus} is below it
   */
  public TermWeights(Collection<int[]> corpus, int vocabularySize) {
    int[] documentFrequency = new int[vocabularySize];
    // The last document each term was counted for, so a term counts once per document.
    int[] countedIn = new int[vocabularySize];
    Arrays.fill(countedIn, -1);
    int document = 0;
    for (int[] terms : corpus) {
      for (int term : terms) {
        if (countedIn[term] != document) {
          countedIn[term] = document;
          documentFrequency[term]++;
        }
      }
      document++;
    }
    this.documents = corpus.size();
    this.idf = new double[vocabularySize];
    for (int term = 0; term < vocabularySize; term++) {
      idf[term] = smoothedIdf(documentFrequency[term]);
    }
  }

  /** A term numbered after the corpus was counted is one the corpus never saw: it counts as rare. */
  private double idf(int term) {
    return term < idf.length ? idf[term] : smoothedIdf(0);
  }

  /** Smoothed inverse document frequency. */
  private double smoothedIdf(int documentFrequency) {
    return Math.log((1.0 + documents) / (1.0 + documentFrequency)) + 1.0;
  }

  /** The unit-length TF-IDF vector of a document's content words (sublinear term frequency). */
  public TermVector vector(int[] words) {
    int[] sorted = words.clone();
    Arrays.sort(sorted);
    int[] terms = new int[sorted.length];
    double[] weights = new double[sorted.length];
    int distinct = 0;
    double norm = 0;
    for (int i = 0; i < sorted.length; ) {
      int run = i;
      while (run < sorted.length && sorted[run] == sorted[i]) {
        run++;
      }
      double weight = (1 + Math.log(run - i)) * idf(sorted[i]);
      terms[distinct] = sorted[i];
      weights[distinct++] = weight;
      norm += weight * weight;
      i = run;
    }
    double length = Math.sqrt(norm);
    if (length > 0) {
      for (int t = 0; t < distinct; t++) {
        weights[t] /= length;
      }
    }
    return new TermVector(Arrays.copyOf(terms, distinct), Arrays.copyOf(weights, distinct));
  }
}
