package dev.scholia.link;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * How often each word occurs in one body: an immutable map held in arrays ordered by the words'
 * hashes, with one shared string per distinct word.
 *
 * <p>Every essay's counts stay live from the moment its body is walked until related essays are
 * ranked (and from build to build in a session). As a {@code HashMap} each, with the words cut
 * out of every text separately, they were some 1.4 million entries and as many strings at 4,000
 * essays, over 100 MB that each young collection of the link stage had to copy; here they are three
 * arrays per essay and one string per word of the archive. Ordered by hash rather than by word:
 * sorting strings was a sixth of the link stage's word counting.
 */
final class WordCounts extends AbstractMap<String, Integer> {
  private final String[] words;
  private final int[] hashes;
  private final int[] counts;

  private WordCounts(String[] words, int[] hashes, int[] counts) {
    this.words = words;
    this.hashes = hashes;
    this.counts = counts;
  }

  /**
   * The counts of {@code counted}, each word replaced by the string {@code canonical} holds for
   * it (added there when new), so that equal words of different bodies share one string.
   */
  static WordCounts of(Map<String, Integer> counted, Map<String, String> canonical) {
    int size = counted.size();
    String[] found = new String[size];
    int[] foundCounts = new int[size];
    // Each word's hash in the high half, its index in the low: one sort of primitives orders them.
    long[] order = new long[size];
    int next = 0;
    for (Map.Entry<String, Integer> entry : counted.entrySet()) {
      found[next] = entry.getKey();
      foundCounts[next] = entry.getValue();
      order[next] = ((long) found[next].hashCode() << 32) | next;
      next++;
    }
    Arrays.sort(order);
    String[] words = new String[size];
    int[] hashes = new int[size];
    int[] counts = new int[size];
    for (int i = 0; i < size; i++) {
      int from = (int) order[i];
      words[i] = canonical(found[from], canonical);
      hashes[i] = (int) (order[i] >> 32);
      counts[i] = foundCounts[from];
    }
    return new WordCounts(words, hashes, counts);
  }

  private static String canonical(String word, Map<String, String> canonical) {
    // Looked up first: most words are known, and a lookup takes no lock where putIfAbsent does.
    String known = canonical.get(word);
    if (known == null) {
      known = canonical.putIfAbsent(word, word);
    }
    return known == null ? word : known;
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
    if (!(key instanceof String word)) {
      return -1;
    }
    int hash = word.hashCode();
    int at = Arrays.binarySearch(hashes, hash);
    if (at < 0) {
      return -1;
    }
    while (at > 0 && hashes[at - 1] == hash) {
      at--;
    }
    for (; at < hashes.length && hashes[at] == hash; at++) {
      if (words[at].equals(word)) {
        return at;
      }
    }
    return -1;
  }

  @Override
  public boolean equals(Object other) {
    // Equal counts made alike are equal arrays; only words of equal hash may stand in another
    // order, which the map comparison settles.
    if (other instanceof WordCounts that && Arrays.equals(words, that.words) && Arrays.equals(counts, that.counts)) {
      return true;
    }
    return super.equals(other);
  }

  @Override
  public int hashCode() {
    // A map's hash code is the sum of its entries' (the word's hash XOR the count's), as for any Map.
    int hash = 0;
    for (int i = 0; i < words.length; i++) {
      hash += hashes[i] ^ counts[i];
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
