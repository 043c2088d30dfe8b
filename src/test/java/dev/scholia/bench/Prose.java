package dev.scholia.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Deterministic English-like text: pseudo-words built from syllables, drawn with a Zipf-like
 * distribution (a few words very common, a long tail of rare ones) and mixed with real function
 * words, so tokenisers, search indexes and classifiers see a realistic vocabulary. The same seed
 * always yields the same text on every machine.
 */
final class Prose {
  private static final String[] FUNCTION_WORDS = {
    "the", "of", "and", "to", "a", "in", "is", "that", "it", "for", "as", "with", "not", "but", "we",
    "this", "be", "on", "are", "by", "or", "more", "than", "would", "if", "so", "which", "can"
  };
  private static final String[] ONSETS = {
    "b", "c", "d", "f", "g", "h", "l", "m", "n", "p", "r", "s", "t", "v", "w", "br", "cl", "dr", "gr",
    "pl", "st", "tr", "sh", "th", "qu"
  };
  private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ea", "ou", "io"};
  private static final String[] CODAS = {"", "", "", "n", "r", "s", "l", "m", "t", "nd", "st", "ck"};

  private final SplittableRandom random;
  private final List<String> vocabulary;

  Prose(SplittableRandom random, int vocabularySize) {
    this.random = random;
    this.vocabulary = new ArrayList<>(vocabularySize);
    while (vocabulary.size() < vocabularySize) {
      // Frequent words (low indexes) are short, as in natural language.
      vocabulary.add(word(1 + Math.min(2, vocabulary.size() / 600) + (random.nextInt(2) == 0 ? 1 : 0)));
    }
  }

  /** A pseudo-word of {@code syllables} syllables, lower case ASCII letters only. */
  String word(int syllables) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < syllables; i++) {
      out.append(pick(ONSETS)).append(pick(VOWELS)).append(pick(CODAS));
    }
    return out.toString();
  }

  /** One word of running text: a function word about a third of the time, else a Zipf draw. */
  String nextWord() {
    if (random.nextInt(3) == 0) {
      return pick(FUNCTION_WORDS);
    }
    int index = (int) Math.pow(vocabulary.size(), random.nextDouble()) - 1;
    return vocabulary.get(index);
  }

  /**
   * Sentences of running text, at least {@code words} words, as tokens: words with their trailing
   * punctuation attached, the first of each sentence capitalised.
   */
  List<String> sentences(int words) {
    List<String> tokens = new ArrayList<>();
    while (tokens.size() < words) {
      int length = 6 + random.nextInt(13);
      for (int i = 0; i < length; i++) {
        String word = nextWord();
        if (i == 0) {
          word = capitalise(word);
        } else if (random.nextInt(30) == 0) {
          word = word + "’s";
        }
        if (i == length - 1) {
          word = word + ".";
        } else if (i > 1 && random.nextInt(12) == 0) {
          word = word + ",";
        }
        tokens.add(word);
      }
    }
    return tokens;
  }

  /** A title: a few capitalised words. */
  String title(int words) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < words; i++) {
      String word = nextWord();
      out.add(i == 0 || word.length() > 3 ? capitalise(word) : word);
    }
    return String.join(" ", out);
  }

  String sentence(int minWords, int maxWords) {
    return String.join(" ", sentences(between(minWords, maxWords)));
  }

  int between(int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  private String pick(String[] items) {
    return items[random.nextInt(items.length)];
  }

  static String capitalise(String word) {
    return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }
}
