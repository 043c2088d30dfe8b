package dev.scholia.essay;

import dev.scholia.segment.Openers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order passages are read in within one essay: thread order, except that an enumeration is
 * read in its own order. Authors often answer "Second, …" before "Firstly, …" in a thread; once
 * both sit in one essay, the later item moves to just after the nearest earlier item that follows
 * it in the thread.
 */
final class ReadingOrder {
  /** A passage with the enumeration position it opens with, or 0. */
  private record Item(Passage passage, int position) {}

  private ReadingOrder() {}

  static List<Passage> sort(List<Passage> passages) {
    List<Item> order = new ArrayList<>();
    passages.stream()
        .sorted(Comparator.comparing(Passage::seed).thenComparingInt(Passage::firstLine))
        .forEach(p -> order.add(new Item(p, Openers.ordinal(p.openingText()).orElse(0))));
    // Each move puts an item after one with a lower position that stood after it, so the number
    // of such inversions falls and the loop ends.
    boolean moved = true;
    while (moved) {
      moved = false;
      for (int i = 0; i < order.size() && !moved; i++) {
        int earlier = order.get(i).position() > 1 ? laterEarlierItem(order, i) : -1;
        if (earlier > i) {
          order.add(earlier, order.remove(i));
          moved = true;
        }
      }
    }
    return order.stream().map(Item::passage).toList();
  }

  /** The index of the first item after {@code i}, from the same thread, with a lower position. */
  private static int laterEarlierItem(List<Item> order, int i) {
    Item item = order.get(i);
    for (int j = i + 1; j < order.size(); j++) {
      Item other = order.get(j);
      if (other.passage().seed().equals(item.passage().seed()) && other.position() > 0 && other.position() < item.position()) {
        return j;
      }
    }
    return -1;
  }
}
