package dev.scholia.link;

import java.util.ArrayList;
import java.util.Comparator;
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
  /** Words too common in English to say what an essay is about. */
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
  record Profile(String slug, Map<String, Integer> termCounts, String text) {}

  private RelatedEssays() {}

  static Map<String, List<String>> rank(List<Profile> essays) {
    List<Map<String, Integer>> wordCounts = essays.parallelStream().map(e -> wordCounts(e.text())).toList();
    List<Map<String, Integer>> termCounts = essays.stream().map(Profile::termCounts).toList();
    List<Vector> words = vectors(wordCounts, WORDS_KEPT);
    List<Vector> terms = vectors(termCounts, Integer.MAX_VALUE);
    Map<String, List<Integer>> wordPostings = postings(words);
    Map<String, List<Integer>> termPostings = postings(terms);
    List<List<String>> ranked =
        IntStream.range(0, essays.size())
            .parallel()
            .mapToObj(i -> top(i, essays, terms, termPostings, words, wordPostings))
            .toList();
    Map<String, List<String>> out = new HashMap<>();
    for (int i = 0; i < essays.size(); i++) {
      out.put(essays.get(i).slug(), ranked.get(i));
    }
    return out;
  }

  private static List<String> top(
      int self,
      List<Profile> essays,
      List<Vector> terms,
      Map<String, List<Integer>> termPostings,
      List<Vector> words,
      Map<String, List<Integer>> wordPostings) {
    Map<Integer, Double> scores = new HashMap<>();
    accumulate(self, terms, termPostings, TERM_WEIGHT, scores);
    accumulate(self, words, wordPostings, 1 - TERM_WEIGHT, scores);
    return scores.entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .sorted(
            Comparator.comparingDouble((Map.Entry<Integer, Double> e) -> -e.getValue())
                .thenComparing(e -> essays.get(e.getKey()).slug()))
        .limit(SHOWN)
        .map(e -> essays.get(e.getKey()).slug())
        .toList();
  }

  private static void accumulate(
      int self, List<Vector> vectors, Map<String, List<Integer>> postings, double weight, Map<Integer, Double> scores) {
    vectors.get(self).weights().forEach((key, mine) -> {
      List<Integer> holders = postings.get(key);
      if (holders == null || holders.size() > MAX_POSTINGS) {
        return;
      }
      for (int other : holders) {
        if (other != self) {
          scores.merge(other, weight * mine * vectors.get(other).weights().get(key), Double::sum);
        }
      }
    });
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

  private static Map<String, List<Integer>> postings(List<Vector> vectors) {
    Map<String, List<Integer>> out = new HashMap<>();
    for (int i = 0; i < vectors.size(); i++) {
      for (String key : vectors.get(i).weights().keySet()) {
        out.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    return out;
  }

  private static Map<String, Integer> wordCounts(String text) {
    Map<String, Integer> counts = new HashMap<>();
    for (Words.Word word : Words.of(text)) {
      String w = word.text();
      if (w.length() > 2 && !STOPWORDS.contains(w) && !Character.isDigit(w.charAt(0))) {
        counts.merge(w, 1, Integer::sum);
      }
    }
    return counts;
  }
}
