package dev.scholia.essay;

import dev.scholia.segment.Openers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The order passages are read in within one essay: thread order, except that an enumeration is
 * read in its own order. Authors often answer "Second, …" before "Firstly, …" in a thread; once
 * both sit in one essay, the later item moves to just after the nearest earlier item that follows
 * it in the thread.
 */
final class ReadingOrder {
  private ReadingOrder() {}

  static List<Passage> sort(List<Passage> passages) {
    List<Passage> order =
        new ArrayList<>(passages.stream().sorted(Comparator.comparing(Passage::seed).thenComparingInt(Passage::firstLine)).toList());
    // Each move places an item after an earlier one that stood later; every item moves at most
    // once per earlier item, so this ends.
    boolean moved = true;
    while (moved) {
      moved = false;
      for (int i = 0; i < order.size() && !moved; i++) {
        Optional<Integer> position = Openers.ordinal(order.get(i).openingText());
        if (position.isEmpty() || position.get() == 1) {
          continue;
        }
        int earlier = laterEarlierItem(order, i, position.get());
        if (earlier > i) {
          Passage item = order.remove(i);
          order.add(earlier, item);
          moved = true;
        }
      }
    }
    return order;
  }

  /** The index of the first passage after {@code i}, from the same thread, opening an earlier item. */
  private static int laterEarlierItem(List<Passage> order, int i, int position) {
    for (int j = i + 1; j < order.size(); j++) {
      Passage other = order.get(j);
      Optional<Integer> p = Openers.ordinal(other.openingText());
      if (other.seed().equals(order.get(i).seed()) && p.isPresent() && p.get() < position) {
        return j;
      }
    }
    return -1;
  }
}
