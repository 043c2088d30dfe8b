package dev.scholia.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Where a build's time went, stage by stage and page folder by page folder: what {@code build
 * --timings} prints, as Jekyll's {@code --profile} and Hugo's {@code --templateMetrics} do, so that
 * a slow archive or template shows where its time goes without a profiler.
 *
 * <p>Stages are timed on the thread that runs them, so those started in the background (templates,
 * threads, glossary mentions) overlap the others. Pages render on every core; their times are summed per folder. Safe
 * to use from several threads; {@link #OFF} records nothing and reads no clock.
 */
public final class BuildTimings {
  /** Records nothing: what every build runs with unless timings were asked for. */
  public static final BuildTimings OFF = new BuildTimings(false);

  private final boolean on;
  /** By name, in the order each was first started. */
  private final Map<String, Timing> stages = new LinkedHashMap<>();
  private final Map<String, Timing> folders = new LinkedHashMap<>();

  private BuildTimings(boolean on) {
    this.on = on;
  }

  /** A recorder that keeps what it is given. */
  public static BuildTimings recording() {
    return new BuildTimings(true);
  }

  /**
   * Time spent on one name: how often it ran and for how long in all.
   *
   * @param name a stage (such as {@code parse Markdown}) or a page folder (such as {@code essays/})
   */
  public record Timing(String name, int runs, long nanos) {
    public long millis() {
      return nanos / 1_000_000;
    }

    Timing plus(long more) {
      return new Timing(name, runs + 1, nanos + more);
    }
  }

  /** Runs {@code step}, adding its wall time to the stage {@code stage}; returns what it returned. */
  public <T> T time(String stage, Supplier<T> step) {
    if (!on) {
      return step.get();
    }
    listInStartOrder(stage);
    long start = System.nanoTime();
    try {
      return step.get();
    } finally {
      add(stages, stage, System.nanoTime() - start);
    }
  }

  /** As {@link #time(String, Supplier)}, for a step that returns nothing. */
  public void time(String stage, Runnable step) {
    time(
        stage,
        () -> {
          step.run();
          return null;
        });
  }

  /**
   * Starts timing one page; the returned stop adds its time to the page's folder (the first part
   * of its path: {@code essays/}, or the file's name for a page at the top such as {@code index.html}).
   */
  Runnable startPage(String path) {
    if (!on) {
      return () -> {};
    }
    int slash = path.indexOf('/');
    String folder = slash < 0 ? path : path.substring(0, slash + 1);
    long start = System.nanoTime();
    return () -> add(folders, folder, System.nanoTime() - start);
  }

  /** The stages, in the order they started. */
  public synchronized List<Timing> stages() {
    return List.copyOf(stages.values());
  }

  /** Pages' render and write time by folder, the slowest first (names break ties). */
  public synchronized List<Timing> pageFolders() {
    List<Timing> slowestFirst = new ArrayList<>(folders.values());
    slowestFirst.sort((a, b) -> a.nanos() != b.nanos() ? Long.compare(b.nanos(), a.nanos()) : a.name().compareTo(b.name()));
    return slowestFirst;
  }

  /** Gives a stage its place in the list when it starts, not when it ends (background stages end late). */
  private synchronized void listInStartOrder(String stage) {
    stages.putIfAbsent(stage, new Timing(stage, 0, 0));
  }

  /** Adds one run of {@code nanos} to {@code name}. */
  private synchronized void add(Map<String, Timing> timings, String name, long nanos) {
    timings.put(name, timings.getOrDefault(name, new Timing(name, 0, 0)).plus(nanos));
  }
}
