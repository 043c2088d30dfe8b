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
  private static final ThreadLocal<Deque<Log>> ACTIVE = ThreadLocal.withInitial(ArrayDeque::new);

  private ReadLog() {}

  /**
   * What a piece of work produced and which inputs it read.
   *
   * @param reads the keys read, unmodifiable; work that only noted a set recorded earlier
   *     ({@link #noteAll}) holds that very set, so the pages sharing one result share one set
   */
  public record Recorded<T>(T result, Set<String> reads) {}

  /** Runs {@code work} on this thread, noting every {@link Inputs#get} it makes. */
  public static <T> Recorded<T> record(Supplier<T> work) {
    Deque<Log> stack = ACTIVE.get();
    Log log = new Log();
    stack.push(log);
    try {
      return new Recorded<>(work.get(), log.reads());
    } finally {
      stack.pop();
    }
  }

  /** Notes every key of a read set recorded earlier: for work whose result is shared by pages. */
  public static void noteAll(Set<String> keys) {
    Log log = ACTIVE.get().peek();
    if (log != null) {
      log.addAll(keys);
    }
  }

  static void note(String key) {
    Log log = ACTIVE.get().peek();
    if (log != null) {
      log.add(key);
    }
  }

  /**
   * One piece of work's reads. Work that notes a recorded set before reading anything else adopts
   * that set instead of copying it, and copies only if it then reads more: each of the thousand
   * files of a large archive's search index notes the same thousands of keys, and copying them
   * per file, then hashing each copy to find it among the read sets already seen, cost more than
   * the rest of an incremental rebuild's bookkeeping.
   */
  private static final class Log {
    private Set<String> keys = new HashSet<>();
    private boolean adopted;

    void add(String key) {
      if (adopted && !keys.contains(key)) {
        own();
      }
      if (!adopted) {
        keys.add(key);
      }
    }

    void addAll(Set<String> more) {
      if (keys.isEmpty()) {
        keys = more;
        adopted = true;
      } else if (keys != more) {
        if (adopted) {
          own();
        }
        keys.addAll(more);
      }
    }

    private void own() {
      keys = new HashSet<>(keys);
      adopted = false;
    }

    Set<String> reads() {
      // A view, not a copy: a page of a search index can read every essay's key.
      return adopted ? keys : Collections.unmodifiableSet(keys);
    }
  }
}
