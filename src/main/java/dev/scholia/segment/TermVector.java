package dev.scholia.segment;

/**
 * A sparse TF-IDF vector made by {@link TermWeights#vector}: the weights of the terms a document
 * uses, in two parallel arrays sorted by term id. The dot product of two is one merge of the
 * sorted ids, with no hashing and no boxing. Vectors are unit length, so it is their cosine.
 */
public final class TermVector {
  private final int[] terms;
  private final double[] weights;

  /**
   * @param terms distinct term ids, ascending
   * @param weights their weights, in the same order
   */
  TermVector(int[] terms, double[] weights) {
    this.terms = terms;
    this.weights = weights;
  }

  /** Cosine similarity: the dot product, summed in term id order so it is the same every run. */
  public double cosine(TermVector other) {
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < terms.length && j < other.terms.length) {
      if (terms[i] < other.terms[j]) {
        i++;
      } else if (terms[i] > other.terms[j]) {
        j++;
      } else {
        dot += weights[i++] * other.weights[j++];
      }
    }
    return dot;
  }
}
