package dev.scholia.site;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Runs the work of a list on every core, each worker (this thread and each of the common pool's)
 * taking the next item in list order. The renderer lists the long jobs first (the feed, the
 * source thread's page) so that they start at once and do not become the build's tail; a
 * parallel stream would cut the list in halves and start in the middle of each.
 */
final class InListOrder {
  private InListOrder() {}

  /** Calls {@code action} once with each index below {@code size}; the first failure is rethrown after all workers stop. */
  static void forEach(int size, IntConsumer action) {
    AtomicInteger next = new AtomicInteger();
    IntStream.rangeClosed(0, ForkJoinPool.getCommonPoolParallelism())
        .parallel()
        .forEach(
            worker -> {
              for (int i = next.getAndIncrement(); i < size; i = next.getAndIncrement()) {
                action.accept(i);
              }
            });
  }
}
