package dev.scholia.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ranks, for every essay, the essays most like it: by the glossary terms they share and by their
 * distinctive words, each as a cosine of tf-idf weights (terms count 60%, words 40%).
 *
 * <p>Nothing compares essays pairwise. Each essay keeps only its {@value #WORDS_KEPT} most
 * distinctive words; inverted indexes map each term and word to the essays holding it, and an
 * essay's candidates are found by walking the postings of its own terms and words. A term or word
 * held by more than {@value #MAX_POSTINGS} essays is too common to say anything and is skipped, so
 * the cost is at most essays × (terms + words) × {@value #MAX_POSTINGS}: linear in the archive.
 *
 * <p>An instance remembers its last ranking, so that a long-running session pays after an edit
 * only for what the edit reaches: an essay's vector is recomputed when its counts or the document
 * frequency of one of its features changed, and an essay is ranked again when its own vector or
 * that of an essay sharing a usable feature with it changed. Every number is computed by the same
 * code in the same order as a fresh ranking, so the result is the same to the last bit.
 */
final class RelatedEssays {
  static final int SHOWN = 3;
  static final int WORDS_KEPT = 16;
  static final int MAX_POSTINGS = 200;
  private static final double TERM_WEIGHT = 0.6;
  /** WordSpans too common in English to say what an essay is about. */
  private static final Set<String> STOPWORDS =
      Set.of(
          "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "because", "been",
          "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each",
          "even", "few", "for", "from", "further", "get", "got", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him",
          "himself", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "like", "made", "make", "many", "may",
          "me", "might", "more", "most", "much", "must", "my", "myself", "no", "nor", "not", "now", "of", "off", "often", "on", "once", "one", "only",
          "or", "other", "our", "ours", "ourselves", "out", "over", "own", "quite", "rather", "really", "said", "same", "she", "should",
          "since", "so", "some", "still", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there",
          "these", "they", "thing", "things", "think", "this", "those", "though", "through", "thus", "to", "too", "under", "until", "up",
          "upon", "us", "very", "was", "way", "we", "well", "were", "what", "whatever", "when", "where", "whether", "which", "while", "who",
          "whom", "whose", "why", "will", "with", "would", "yet", "you", "your", "yours", "yourself", "yourselves");

  /** An essay's weighted features, normalised to length 1. */
  private record Vector(Map<String, Double> weights) {}

  /** One essay as the ranking needs it. */
  record Profile(String slug, Map<String, Integer> termCounts, Map<String, Integer> wordCounts) {}

  private final FeatureSpace terms = new FeatureSpace(Integer.MAX_VALUE);
  private final FeatureSpace words = new FeatureSpace(WORDS_KEPT);
  private List<String> slugs = List.of();
  private List<List<String>> ranked = List.of();

  /**
   * Ranks {@code essays} (in archive order), recomputing only what changed since the last call:
   * everything when the list of essays itself changed, since the number of essays is in every
   * weight.
   */
  Map<String, List<String>> update(List<Profile> essays) {
    List<String> now = essays.stream().map(Profile::slug).toList();
    boolean sameEssays = now.equals(slugs);
    BitSet changedTerms = terms.update(essays.stream().map(Profile::termCounts).toList(), sameEssays);
    BitSet changedWords = words.update(essays.stream().map(Profile::wordCounts).toList(), sameEssays);
    BitSet stale = new BitSet();
    if (sameEssays) {
      stale.or(terms.reached(changedTerms));
      stale.or(words.reached(changedWords));
    } else {
      stale.set(0, essays.size());
    }
    List<List<String>> out = new ArrayList<>(sameEssays ? ranked : Collections.nCopies(essays.size(), List.<String>of()));
    ThreadLocal<Scores> scratch = ThreadLocal.withInitial(() -> new Scores(essays.size()));
    stale.stream()
        .parallel()
        .mapToObj(i -> Map.entry(i, rankOne(i, scratch.get(), essays)))
        .toList()
        .forEach(e -> out.set(e.getKey(), e.getValue()));
    slugs = now;
    ranked = out;
    Map<String, List<String>> bySlug = new HashMap<>();
    for (int i = 0; i < essays.size(); i++) {
      bySlug.put(now.get(i), out.get(i));
    }
    return bySlug;
  }

  private List<String> rankOne(int i, Scores scores, List<Profile> essays) {
    scores.add(i, terms.vectors.get(i), terms.postings, TERM_WEIGHT);
    scores.add(i, words.vectors.get(i), words.postings, 1 - TERM_WEIGHT);
    return scores.top(essays);
  }

  /**
   * The tf-idf vectors of one kind of feature (glossary terms or words) with their document
   * frequencies and postings, kept up to date across calls.
   */
  private static final class FeatureSpace {
    private final int keep;
    private List<Map<String, Integer>> counts = List.of();
    /** Concurrent, so that a full count, over every distinct word of every essay, runs in parallel. */
    private final Map<String, Integer> documentFrequency = new ConcurrentHashMap<>();
    private List<Vector> vectors = List.of();
    private Map<String, Postings> postings = Map.of();
    private Map<String, Postings> previousPostings = Map.of();
    private List<Vector> previousVectors = List.of();

    FeatureSpace(int keep) {
      this.keep = keep;
    }

    /**
     * Takes the essays' new counts and returns which essays' vectors changed: all of them unless
     * {@code sameEssays}, else those whose counts changed or that hold a feature whose document
     * frequency changed.
     */
    BitSet update(List<Map<String, Integer>> now, boolean sameEssays) {
      previousVectors = vectors;
      previousPostings = postings;
      BitSet recompute = new BitSet();
      if (!sameEssays) {
        documentFrequency.clear();
        now.parallelStream().forEach(c -> c.keySet().forEach(k -> documentFrequency.merge(k, 1, Integer::sum)));
        recompute.set(0, now.size());
      } else {
        Set<String> moved = new HashSet<>();
        for (int i = 0; i < now.size(); i++) {
          if (!now.get(i).equals(counts.get(i))) {
            recompute.set(i);
            recount(counts.get(i), now.get(i), moved);
          }
        }
        if (!moved.isEmpty()) {
          for (int i = 0; i < now.size(); i++) {
            if (!recompute.get(i) && !Collections.disjoint(now.get(i).keySet(), moved)) {
              recompute.set(i);
            }
          }
        }
      }
      counts = now;
      int n = now.size();
      List<Vector> out = new ArrayList<>(sameEssays ? vectors : Collections.nCopies(n, (Vector) null));
      recompute.stream()
          .parallel()
          .mapToObj(i -> Map.entry(i, vector(now.get(i), documentFrequency, n, keep)))
          .toList()
          .forEach(e -> out.set(e.getKey(), e.getValue()));
      BitSet changed = new BitSet();
      recompute.stream().filter(i -> !sameEssays || !out.get(i).equals(previousVectors.get(i))).forEach(changed::set);
      vectors = out;
      if (!changed.isEmpty() || postings.isEmpty()) {
        postings = postings(vectors);
      }
      return changed;
    }

    /** Moves document frequencies from {@code before} to {@code after}; notes the features whose frequency moved. */
    private void recount(Map<String, Integer> before, Map<String, Integer> after, Set<String> moved) {
      for (String key : before.keySet()) {
        if (!after.containsKey(key)) {
          moved.add(key);
          documentFrequency.computeIfPresent(key, (k, df) -> df == 1 ? null : df - 1);
        }
      }
      for (String key : after.keySet()) {
        if (!before.containsKey(key)) {
          moved.add(key);
          documentFrequency.merge(key, 1, Integer::sum);
        }
      }
    }

    /**
     * The essays whose ranking the {@code changed} vectors may alter: those essays themselves and
     * every essay sharing with one of them, before or after, a feature that scores (held by at
     * most {@value #MAX_POSTINGS} essays before or after).
     */
    BitSet reached(BitSet changed) {
      BitSet out = (BitSet) changed.clone();
      changed.stream().forEach(j -> {
        Set<String> features = new HashSet<>(vectors.get(j).weights().keySet());
        features.addAll(previousVectors.get(j).weights().keySet());
        for (String feature : features) {
          Postings before = previousPostings.get(feature);
          Postings after = postings.get(feature);
          boolean scores =
              (before != null && before.essays().length <= MAX_POSTINGS) || (after != null && after.essays().length <= MAX_POSTINGS);
          if (scores) {
            for (Postings holders : new Postings[] {before, after}) {
              if (holders != null) {
                Arrays.stream(holders.essays()).forEach(out::set);
              }
            }
          }
        }
      });
      return out;
    }
  }

  /** The essays holding a feature, in archive order, with the feature's weight in each. */
  private record Postings(int[] essays, double[] weights) {}

  /**
   * One essay's scores against every other, in arrays reused from essay to essay (one set per
   * thread): the postings walk is the inner loop of the ranking, and boxed map entries made it
   * the most expensive step of a large build.
   */
  private static final class Scores {
    private final double[] score;
    private final boolean[] seen;
    private final int[] touched;
    private int count;

    Scores(int essays) {
      score = new double[essays];
      seen = new boolean[essays];
      touched = new int[essays];
    }

    void add(int self, Vector mine, Map<String, Postings> postings, double weight) {
      mine.weights().forEach((key, own) -> {
        Postings holders = postings.get(key);
        if (holders == null || holders.essays().length > MAX_POSTINGS) {
          return;
        }
        for (int j = 0; j < holders.essays().length; j++) {
          int other = holders.essays()[j];
          if (other != self) {
            if (!seen[other]) {
              seen[other] = true;
              touched[count++] = other;
            }
            score[other] += weight * own * holders.weights()[j];
          }
        }
      });
    }

    /** The {@value #SHOWN} best by score, ties by slug; then clears itself for the next essay. */
    List<String> top(List<Profile> essays) {
      int[] best = new int[SHOWN];
      int kept = 0;
      for (int t = 0; t < count; t++) {
        int candidate = touched[t];
        if (score[candidate] > 0) {
          int at = kept;
          while (at > 0 && ranksBefore(candidate, best[at - 1], essays)) {
            at--;
          }
          if (at < SHOWN) {
            System.arraycopy(best, at, best, at + 1, Math.min(kept, SHOWN - 1) - at);
            best[at] = candidate;
            kept = Math.min(kept + 1, SHOWN);
          }
        }
      }
      List<String> out = new ArrayList<>(kept);
      for (int k = 0; k < kept; k++) {
        out.add(essays.get(best[k]).slug());
      }
      for (int t = 0; t < count; t++) {
        score[touched[t]] = 0;
        seen[touched[t]] = false;
      }
      count = 0;
      return out;
    }

    private boolean ranksBefore(int a, int b, List<Profile> essays) {
      return score[a] > score[b] || (score[a] == score[b] && essays.get(a).slug().compareTo(essays.get(b).slug()) < 0);
    }
  }

  /** An essay's tf-idf vector keeping its {@code keep} heaviest features; features of one essay only are dropped. */
  private static Vector vector(Map<String, Integer> counts, Map<String, Integer> documentFrequency, int n, int keep) {
    String[] features = new String[counts.size()];
    double[] weight = new double[counts.size()];
    int found = 0;
    for (Map.Entry<String, Integer> count : counts.entrySet()) {
      int df = documentFrequency.get(count.getKey());
      if (df > 1) {
        features[found] = count.getKey();
        weight[found] = (1 + Math.log(count.getValue())) * Math.log((n + 1.0) / df);
        found++;
      }
    }
    // The heaviest kept in order, ties by feature, by insertion into a short array: sorting all
    // of an essay's few hundred words to keep sixteen was most of the vectors' cost.
    int[] heaviest = new int[Math.min(keep, found)];
    int kept = 0;
    for (int i = 0; i < found; i++) {
      int at = kept;
      while (at > 0 && heavier(i, heaviest[at - 1], features, weight)) {
        at--;
      }
      if (at < heaviest.length) {
        System.arraycopy(heaviest, at, heaviest, at + 1, Math.min(kept, heaviest.length - 1) - at);
        heaviest[at] = i;
        kept = Math.min(kept + 1, heaviest.length);
      }
    }
    // Put in that order, as the sorted stream collected them before, so that the map iterates in
    // the same order and every sum over it adds the same numbers in the same order.
    Map<String, Double> weights = new HashMap<>();
    for (int k = 0; k < kept; k++) {
      weights.put(features[heaviest[k]], weight[heaviest[k]]);
    }
    double norm = Math.sqrt(weights.values().stream().mapToDouble(w -> w * w).sum());
    weights.replaceAll((k, w) -> w / norm);
    return new Vector(weights);
  }

  private static boolean heavier(int a, int b, String[] features, double[] weight) {
    int byWeight = Double.compare(weight[a], weight[b]);
    return byWeight > 0 || (byWeight == 0 && features[a].compareTo(features[b]) < 0);
  }

  private static Map<String, Postings> postings(List<Vector> vectors) {
    Map<String, List<Integer>> holders = new HashMap<>();
    for (int i = 0; i < vectors.size(); i++) {
      for (String key : vectors.get(i).weights().keySet()) {
        holders.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    Map<String, Postings> out = new HashMap<>();
    holders.forEach((key, essays) -> {
      int[] ids = essays.stream().mapToInt(Integer::intValue).toArray();
      double[] weights = new double[ids.length];
      for (int j = 0; j < ids.length; j++) {
        weights[j] = vectors.get(ids[j]).weights().get(key);
      }
      out.put(key, new Postings(ids, weights));
    });
    return out;
  }

  /** Counts {@code words} into {@code counts}, leaving out stop words, short words and numbers. */
  static void count(List<WordSpans.Word> words, Map<String, Integer> counts) {
    for (WordSpans.Word word : words) {
      String w = word.text();
      if (w.length() > 2 && !STOPWORDS.contains(w) && !Character.isDigit(w.charAt(0))) {
        counts.merge(w, 1, Integer::sum);
      }
    }
  }
}
