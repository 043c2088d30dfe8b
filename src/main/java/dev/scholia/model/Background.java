package dev.scholia.model;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.function.Supplier;

/**
 * A step started on threads of its own while the caller goes on with other work. Not on the
 * common fork-join pool, which the caller's parallel streams use (on two cores it has one worker):
 * the step gets a pool of its own, where its own parallel streams run too. Sharing the common pool,
 * a worker would take up a long job of the caller's while holding some of the step's parallel
 * work, and the step would wait, spinning, until that job ended.
 */
public final class Background {
  private Background() {}

  /** Starts {@code work} on a new pool whose threads are named after {@code name}. */
  public static <T> CompletableFuture<T> start(String name, Supplier<T> work) {
    ForkJoinPool pool =
        new ForkJoinPool(
            Runtime.getRuntime().availableProcessors(),
            owner -> {
              ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(owner);
              thread.setName(name + "-" + thread.getPoolIndex());
              return thread;
            },
            null,
            false);
    CompletableFuture<T> result = CompletableFuture.supplyAsync(work, pool);
    result.whenComplete((value, failure) -> pool.shutdown());
    return result;
  }

  /** The value of {@code future}, or what it threw, as if it had run on this thread. */
  public static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException thrown) {
        throw thrown;
      }
      if (e.getCause() instanceof Error thrown) {
        throw thrown;
      }
      throw e;
    }
  }
}
