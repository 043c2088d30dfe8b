package dev.scholia.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches the archive's source folders, recursively, and reports changed paths in batches. A
 * batch is sent once the folders have been quiet for a moment: an editor's save is often several
 * events (write a temporary file, rename it over the original) and a {@code git checkout} is
 * hundreds, and each should cost one rebuild. Folders created later, including a source folder
 * that did not exist at start, are watched from the moment they appear. When the system drops
 * events it says so, and the whole root is reported changed.
 */
final class SourceWatcher implements AutoCloseable {
  private static final long QUIET_MILLIS = 40;
  private static final long LONGEST_WAIT_MILLIS = 400;

  private final Path root;
  private final Set<String> folders;
  private final Consumer<Set<Path>> onChange;
  private final WatchService service;
  private final Map<WatchKey, Path> watched = new HashMap<>();
  private final Thread thread;

  private SourceWatcher(Path root, List<String> folders, Consumer<Set<Path>> onChange) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    this.folders = Set.copyOf(folders);
    this.onChange = onChange;
    this.service = FileSystems.getDefault().newWatchService();
    this.thread = new Thread(this::run, "scholia-watch");
    thread.setDaemon(true);
  }

  /** Starts watching {@code folders} (names of folders of {@code root}). */
  static SourceWatcher start(Path root, List<String> folders, Consumer<Set<Path>> onChange) throws IOException {
    SourceWatcher watcher = new SourceWatcher(root, folders, onChange);
    watcher.register(watcher.root);
    for (String folder : folders) {
      watcher.registerTree(watcher.root.resolve(folder), new HashSet<>());
    }
    watcher.thread.start();
    return watcher;
  }

  private void run() {
    Set<Path> batch = new HashSet<>();
    Set<Path> created = new HashSet<>();
    long firstEvent = 0;
    try {
      while (true) {
        WatchKey key = batch.isEmpty() ? service.take() : service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
        if (key != null) {
          if (batch.isEmpty()) {
            firstEvent = System.nanoTime();
          }
          collect(key, batch, created);
        }
        boolean quiet = key == null;
        boolean waitedLongEnough = System.nanoTime() - firstEvent > TimeUnit.MILLISECONDS.toNanos(LONGEST_WAIT_MILLIS);
        if (!batch.isEmpty() && (quiet || waitedLongEnough)) {
          // A file made and gone within one batch (an editor's or sed's scratch file) changed nothing.
          created.stream().filter(Files::notExists).forEach(batch::remove);
          if (!batch.isEmpty()) {
            onChange.accept(Set.copyOf(batch));
          }
          batch.clear();
          created.clear();
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // Closed: the session is over.
    }
  }

  private void collect(WatchKey key, Set<Path> batch, Set<Path> created) {
    Path dir = watched.get(key);
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.OVERFLOW || dir == null) {
        batch.add(root);
        continue;
      }
      Path changed = dir.resolve((Path) event.context());
      if (dir.equals(root) && !folders.contains(changed.getFileName().toString())) {
        continue;
      }
      if (isEditorScratch(changed.getFileName().toString())) {
        continue;
      }
      boolean firstNews = batch.add(changed);
      if (firstNews && event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
        created.add(changed);
      }
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
        // Files may have landed in the new folder before it was watched.
        try {
          registerTree(changed, batch);
        } catch (UncheckedIOException e) {
          batch.add(root);
        }
      }
    }
    if (!key.reset()) {
      watched.remove(key);
    }
  }

  private void registerTree(Path top, Set<Path> found) {
    if (!Files.isDirectory(top)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(top)) {
      for (Path path : walk.toList()) {
        if (Files.isDirectory(path)) {
          register(path);
        } else {
          found.add(path);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void register(Path dir) {
    try {
      WatchKey key =
          dir.register(
              service,
              StandardWatchEventKinds.ENTRY_CREATE,
              StandardWatchEventKinds.ENTRY_DELETE,
              StandardWatchEventKinds.ENTRY_MODIFY);
      watched.put(key, dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Swap, backup and lock files editors write beside the file being edited. */
  static boolean isEditorScratch(String name) {
    return name.endsWith("~")
        || name.endsWith(".swp")
        || name.endsWith(".swx")
        || name.endsWith(".swo")
        || name.startsWith(".#")
        || (name.startsWith("#") && name.endsWith("#"))
        || name.equals("4913");
  }

  @Override
  public void close() throws IOException {
    service.close();
    thread.interrupt();
  }
}
