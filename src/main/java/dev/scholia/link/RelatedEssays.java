package dev.scholia.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Ranks, for every essay, the essays most like it: by the glossary terms they share and by their
 * distinctive words, each as a cosine of tf-idf weights (terms count 60%, words 40%).
 *
 * <p>Nothing compares essays pairwise. Each essay keeps only its {@value #WORDS_KEPT} most
 * distinctive words; inverted indexes map each term and word to the essays holding it, and an
 * essay's candidates are found by walking the postings of its own terms and words. A term or word
 * held by more than {@value #MAX_POSTINGS} essays is too common to say anything and is skipped, so
 * the cost is at most essays × (terms + words) × {@value #MAX_POSTINGS}: linear in the archive.
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

  private RelatedEssays() {}

  static Map<String, List<String>> rank(List<Profile> essays) {
    List<Map<String, Integer>> wordCounts = essays.stream().map(Profile::wordCounts).toList();
    List<Map<String, Integer>> termCounts = essays.stream().map(Profile::termCounts).toList();
    List<Vector> words = vectors(wordCounts, WORDS_KEPT);
    List<Vector> terms = vectors(termCounts, Integer.MAX_VALUE);
    Map<String, Postings> wordPostings = postings(words);
    Map<String, Postings> termPostings = postings(terms);
    ThreadLocal<Scores> scratch = ThreadLocal.withInitial(() -> new Scores(essays.size()));
    List<List<String>> ranked =
        IntStream.range(0, essays.size())
            .parallel()
            .mapToObj(
                i -> {
                  Scores scores = scratch.get();
                  scores.add(i, terms.get(i), termPostings, TERM_WEIGHT);
                  scores.add(i, words.get(i), wordPostings, 1 - TERM_WEIGHT);
                  return scores.top(essays);
                })
            .toList();
    Map<String, List<String>> out = new HashMap<>();
    for (int i = 0; i < essays.size(); i++) {
      out.put(essays.get(i).slug(), ranked.get(i));
    }
    return out;
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

  /** tf-idf vectors keeping each essay's {@code keep} heaviest features; features of one essay only are dropped. */
  private static List<Vector> vectors(List<Map<String, Integer>> counts, int keep) {
    Map<String, Integer> documentFrequency = new HashMap<>();
    counts.forEach(c -> c.keySet().forEach(k -> documentFrequency.merge(k, 1, Integer::sum)));
    int n = counts.size();
    return counts.parallelStream()
        .map(
            c -> {
              Map<String, Double> weights =
                  c.entrySet().stream()
                      .filter(e -> documentFrequency.get(e.getKey()) > 1)
                      .map(e -> Map.entry(e.getKey(), (1 + Math.log(e.getValue())) * Math.log((n + 1.0) / documentFrequency.get(e.getKey()))))
                      .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                      .limit(keep)
                      .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
              double norm = Math.sqrt(weights.values().stream().mapToDouble(w -> w * w).sum());
              weights.replaceAll((k, w) -> w / norm);
              return new Vector(weights);
            })
        .toList();
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
