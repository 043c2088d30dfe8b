package dev.scholia.link;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * How often each word occurs in one body: an immutable map held in two arrays sorted by word,
 * with one shared string per distinct word.
 *
 * <p>Every essay's counts stay live from the moment its body is walked until related essays are
 * ranked (and from build to build in a session). As a {@code HashMap} each, with the words cut
 * out of every text separately, they were some 1.4 million entries and as many strings at 4,000
 * essays, over 100 MB that each young collection of the link stage had to copy; here they are two
 * arrays per essay and one string per word of the archive.
 */
final class WordCounts extends AbstractMap<String, Integer> {
  private final String[] words;
  private final int[] counts;

  private WordCounts(String[] words, int[] counts) {
    this.words = words;
    this.counts = counts;
  }

  /**
   * The counts of {@code counted}, each word replaced by the string {@code canonical} holds for
   * it (added there when new), so that equal words of different bodies share one string.
   */
  static WordCounts of(Map<String, Integer> counted, Map<String, String> canonical) {
    String[] words = counted.keySet().toArray(new String[0]);
    Arrays.sort(words);
    int[] counts = new int[words.length];
    for (int i = 0; i < words.length; i++) {
      counts[i] = counted.get(words[i]);
      String known = canonical.putIfAbsent(words[i], words[i]);
      if (known != null) {
        words[i] = known;
      }
    }
    return new WordCounts(words, counts);
  }

  @Override
  public int size() {
    return words.length;
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public Integer get(Object key) {
    int at = indexOf(key);
    return at < 0 ? null : counts[at];
  }

  private int indexOf(Object key) {
    return key instanceof String word ? Arrays.binarySearch(words, word) : -1;
  }

  @Override
  public boolean equals(Object other) {
    if (other instanceof WordCounts that) {
      return Arrays.equals(words, that.words) && Arrays.equals(counts, that.counts);
    }
    return super.equals(other);
  }

  @Override
  public int hashCode() {
    // A map's hash code is the sum of its entries' (the word's hash XOR the count's), as for any Map.
    int hash = 0;
    for (int i = 0; i < words.length; i++) {
      hash += words[i].hashCode() ^ counts[i];
    }
    return hash;
  }

  @Override
  public Set<Entry<String, Integer>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return words.length;
      }

      @Override
      public Iterator<Entry<String, Integer>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < words.length;
          }

          @Override
          public Entry<String, Integer> next() {
            if (next >= words.length) {
              throw new NoSuchElementException();
            }
            int at = next++;
            return new SimpleImmutableEntry<>(words[at], counts[at]);
          }
        };
      }
    };
  }
}
