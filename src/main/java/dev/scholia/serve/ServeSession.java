package dev.scholia.serve;

import dev.scholia.model.Diagnostic;
import dev.scholia.model.ScholiaException;
import dev.scholia.site.IncrementalBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One {@code scholia serve} run: build, serve, then rebuild on every change of {@code seeds/},
 * {@code content/} or {@code templates/} and tell open pages. Rebuilds run one at a time on one
 * thread; changes that arrive during a rebuild are merged into the next one. A failed rebuild
 * leaves the last good site served and reports the problems to the terminal and to the pages; the
 * server itself never stops for bad input.
 */
public final class ServeSession implements AutoCloseable {
  /** The source folders of an archive root that a change in triggers a rebuild. */
  public static final List<String> SOURCES = List.of("seeds", "content", "templates");

  /** Hears what each build did, to print it. */
  public interface Listener {
    void built(IncrementalBuilder.Report report, long millis, Set<Path> changed);

    void failed(List<Diagnostic> problems, Set<Path> changed);
  }

  private final Path root;
  private final IncrementalBuilder builder;
  private final Listener listener;
  private final LiveReload live = new LiveReload();
  private final ScheduledExecutorService worker;
  private final Set<Path> pending = new HashSet<>();
  private boolean scheduled;
  private int builds;
  private PreviewServer server;
  private SourceWatcher watcher;

  private boolean temporaryOutput;

  private ServeSession(Path root, Path out, Listener listener) {
    this.root = root.toAbsolutePath().normalize();
    this.builder = new IncrementalBuilder(this.root, out);
    this.listener = listener;
    this.worker =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "scholia-rebuild");
              thread.setDaemon(true);
              return thread;
            });
  }

  /**
   * Builds {@code root} into {@code out}, starts serving it on {@code host:port} (0: any free
   * port) and starts watching. A first build that fails is reported like any other; the server
   * starts anyway and shows the problems until they are fixed.
   */
  public static ServeSession start(Path root, Path out, String host, int port, Listener listener) throws IOException {
    ServeSession session = new ServeSession(root, out, listener);
    try {
      // Listen first, so a busy port is reported before any work; until the first build is
      // done, pages say they are waiting and reload when it is.
      session.server = PreviewServer.start(host, port, out, session.live);
      session.watcher = SourceWatcher.start(session.root, SOURCES, session::changed);
      // On the rebuild thread, so that it cannot overlap a rebuild the watcher asks for.
      session.worker.submit(() -> session.rebuild(Set.of())).get();
    } catch (IOException | RuntimeException e) {
      session.close();
      throw e;
    } catch (InterruptedException | ExecutionException e) {
      session.close();
      throw new IllegalStateException("the first build did not finish", e);
    }
    session.worker.scheduleWithFixedDelay(session.live::keepAlive, 15, 15, TimeUnit.SECONDS);
    return session;
  }

  public int port() {
    return server.port();
  }

  /** Deletes the output folder when the session closes: for previews in a temporary folder. */
  public ServeSession deletingOutputOnClose() {
    temporaryOutput = true;
    return this;
  }

  /** Called by the watcher; coalesces with changes not yet built. */
  private void changed(Set<Path> paths) {
    synchronized (pending) {
      pending.addAll(paths);
      if (scheduled) {
        return;
      }
      scheduled = true;
    }
    worker.execute(this::rebuildPending);
  }

  private void rebuildPending() {
    Set<Path> batch;
    synchronized (pending) {
      batch = Set.copyOf(pending);
      pending.clear();
      scheduled = false;
    }
    rebuild(batch);
  }

  private void rebuild(Set<Path> changed) {
    long start = System.nanoTime();
    try {
      IncrementalBuilder.Report report = builder.rebuild(changed);
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      List<String> touched = new ArrayList<>(report.written());
      touched.addAll(report.deleted());
      // The terminal hears first, so its line is there by the time a page reacts.
      listener.built(report, millis, relative(changed));
      live.announce(new LiveReload.BuildEvent(++builds, true, touched, List.of()));
    } catch (ScholiaException e) {
      fail(e.diagnostics(), changed);
    } catch (RuntimeException e) {
      // A bug, not bad input: say so, and keep serving the last good site.
      fail(List.of(Diagnostic.error("(scholia)", 0, "internal error while rebuilding: " + e)), changed);
    }
  }

  private void fail(List<Diagnostic> problems, Set<Path> changed) {
    listener.failed(problems, relative(changed));
    live.announce(new LiveReload.BuildEvent(++builds, false, List.of(), problems.stream().map(Diagnostic::format).toList()));
  }

  private Set<Path> relative(Set<Path> changed) {
    Set<Path> out = new HashSet<>();
    changed.forEach(path -> out.add(path.startsWith(root) ? root.relativize(path) : path));
    return out;
  }

  @Override
  public void close() {
    if (server != null) {
      server.close();
    }
    try {
      if (watcher != null) {
        watcher.close();
      }
    } catch (IOException e) {
      // Closing a watch service only fails if it is already closed.
    }
    worker.shutdownNow();
    if (temporaryOutput) {
      try {
        worker.awaitTermination(5, TimeUnit.SECONDS);
        builder.deleteOutput();
      } catch (IOException | InterruptedException e) {
        // A preview left in the temporary folder is harmless; the system clears it.
      }
    }
  }
}
