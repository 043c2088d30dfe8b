package dev.scholia.incremental;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.Set;
import java.util.HashSet;
import java.util.function.Supplier;

/**
 * The input keys one page read while it rendered. The log is bound to the rendering thread, so
 * page jobs can run in parallel; a page must therefore read its inputs on its own thread (look
 * values up before handing work to a parallel stream). Logs nest, so a job that another job runs
 * inline records into its own log and the outer one resumes afterwards.
 */
public final class ReadLog {
  private static final ThreadLocal<Deque<Set<String>>> ACTIVE = ThreadLocal.withInitial(ArrayDeque::new);

  private ReadLog() {}

  /** What a piece of work produced and which inputs it read. */
  public record Recorded<T>(T result, Set<String> reads) {
    public Recorded {
      // A view, not a copy: the feed reads every essay's key.
      reads = Collections.unmodifiableSet(reads);
    }
  }

  /** Runs {@code work} on this thread, noting every {@link Inputs#get} it makes. */
  public static <T> Recorded<T> record(Supplier<T> work) {
    Deque<Set<String>> stack = ACTIVE.get();
    Set<String> reads = new HashSet<>();
    stack.push(reads);
    try {
      return new Recorded<>(work.get(), reads);
    } finally {
      stack.pop();
    }
  }

  static void note(String key) {
    Set<String> reads = ACTIVE.get().peek();
    if (reads != null) {
      reads.add(key);
    }
  }
}
