package dev.scholia.testing;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs work with a time limit, so a fuzzer reports an input that makes scholia hang as a failure
 * (with the input, thanks to jqwik's shrinking) instead of hanging the test run.
 */
public final class Bounded {
  private Bounded() {}

  /** The result of {@code work}; its exception is rethrown as is, a hang becomes an AssertionError. */
  public static <T> T within(Duration limit, Callable<T> work) throws Exception {
    ExecutorService worker =
        Executors.newSingleThreadExecutor(
            task -> {
              Thread thread = new Thread(task, "bounded");
              thread.setDaemon(true);
              return thread;
            });
    try {
      Future<T> result = worker.submit(work);
      try {
        return result.get(limit.toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        result.cancel(true);
        throw new AssertionError("did not finish within " + limit + ": a hang");
      } catch (ExecutionException e) {
        if (e.getCause() instanceof Exception cause) {
          throw cause;
        }
        throw new AssertionError(e.getCause());
      }
    } finally {
      worker.shutdownNow();
    }
  }
}
