package dev.scholia.segment;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the distinct tokens of a corpus 0, 1, 2… in the order they are first seen, so that
 * documents, term vectors and keyword phrases can be arrays of ints: maps keyed by strings, with
 * a hash and a boxed number per word, were most of the classifier's time on a large thread
 * (issue #7).
 *
 * <p>Not thread-safe. Tokenise in parallel, then number the tokens on one thread, in corpus order:
 * that also keeps every id, and so every sum taken in id order, the same from run to run.
 */
public final class Vocabulary {
  private final Map<String, Integer> ids = new HashMap<>();
  /** Which ids are {@link Words#isContentWord content words}, decided once per distinct word. */
  private final BitSet contentWords = new BitSet();

  /** The id of {@code term}, numbering it if it is new. */
  private int id(String term) {
    Integer known = ids.get(term);
    if (known != null) {
      return known;
    }
    int id = ids.size();
    ids.put(term, id);
    contentWords.set(id, Words.isContentWord(term));
    return id;
  }

  /** The ids of {@code tokens}, in order, numbering new ones. */
  public int[] ids(List<String> tokens) {
    int[] out = new int[tokens.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = id(tokens.get(i));
    }
    return out;
  }

  /** The ids among {@code ids} that are content words, in order (as {@link Words#contentWords}). */
  public int[] contentWords(int[] ids) {
    int[] out = new int[ids.length];
    int n = 0;
    for (int id : ids) {
      if (contentWords.get(id)) {
        out[n++] = id;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** How many distinct terms are numbered: every id is below this. */
  public int size() {
    return ids.size();
  }
}
