package dev.scholia.site;

import dev.scholia.files.OutputPath;
import dev.scholia.model.Diagnostic;
import dev.scholia.model.ScholiaException;
import dev.scholia.render.PageJob;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A new site being written beside the old one. Files go into a hidden staging folder next to the
 * target ({@code .site.building-<pid>-…}); {@link #commit()} swaps it in with two renames, so
 * readers and a failed or killed build only ever see the old site or the new one, never a
 * half-written mix.
 *
 * <p>A build killed mid-way leaves its staging folder behind; the next build removes the staging
 * folders of processes that are no longer running. A build killed between the two renames leaves
 * the old site as {@code .site.old-…} and no {@code site/}; the next build puts it back first.
 *
 * <p>Because a commit replaces the whole target, the target must be a site scholia built (it holds
 * {@code source-map.json}), an empty folder, or absent, and must not hold the archive's inputs:
 * {@code --out .} or {@code --out content} would otherwise delete the editors' work.
 */
final class OutputFolder implements AutoCloseable {
  /** Every build writes it, so its presence marks a folder as a site scholia may replace. */
  static final String MARKER = "source-map.json";

  private static final String BUILDING = ".building-";
  private static final String OLD = ".old-";

  private final Path target;
  private final Path staging;
  private final String shown;
  /** Pages are written in parallel, so a path written twice would leave whichever came last. */
  private final java.util.Set<String> written = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private boolean committed;

  private OutputFolder(Path target, Path staging, String shown) {
    this.target = target;
    this.staging = staging;
    this.shown = shown;
  }

  /**
   * Prepares a staging folder beside {@code out}, after checking that replacing {@code out} is
   * safe for the archive at {@code root}.
   */
  static OutputFolder create(Path out, Path root) {
    String shown = out.toString();
    Path target = out.toAbsolutePath().normalize();
    Path parent = target.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new ScholiaException(
          Diagnostic.error(shown, 0, "the output folder's parent " + parent + " does not exist or is not a folder")
              .withHint("create it first, or choose another --out"));
    }
    refuseUnsafeTarget(shown, target, root.toAbsolutePath().normalize());
    try {
      recoverInterruptedCommit(target);
      removeAbandonedStaging(target);
      String prefix = "." + target.getFileName() + BUILDING + ProcessHandle.current().pid() + "-";
      return new OutputFolder(target, createBeside(parent, prefix), shown);
    } catch (IOException e) {
      throw new ScholiaException(
          Diagnostic.error(shown, 0, "cannot write beside the output folder, in " + parent + ": " + reason(e))
              .withHint("make " + parent + " writable, or choose another --out"));
    }
  }

  private static void refuseUnsafeTarget(String shown, Path target, Path root) {
    for (String input : new String[] {"", "seeds", "content", "templates"}) {
      Path folder = input.isEmpty() ? root : root.resolve(input);
      if (folder.startsWith(target) || (!input.isEmpty() && target.startsWith(folder))) {
        throw new ScholiaException(
            Diagnostic.error(shown, 0, "the output folder would replace the archive's own files (" + folder + ")")
                .withHint("choose an output folder outside seeds/, content/ and templates/, such as ROOT/site"));
      }
    }
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw new ScholiaException(
          Diagnostic.error(shown, 0, "the output path is a file, not a folder")
              .withHint("remove it, or choose another --out"));
    }
    if (Files.isDirectory(target) && !Files.exists(target.resolve(MARKER)) && !isEmpty(target)) {
      throw new ScholiaException(
          Diagnostic.error(shown, 0, "the output folder is not empty and was not built by scholia (it has no " + MARKER + "), so replacing it could lose files")
              .withHint("empty or remove it, or choose another --out"));
    }
  }

  /** Writes {@code path} (relative, forward slashes) inside the new site. */
  void write(String path, byte[] bytes) {
    writeStream(path, out -> out.write(bytes));
  }

  void write(String path, String text) {
    write(path, out -> out.write(text));
  }

  /**
   * Writes {@code path} by streaming {@code body} into it as UTF-8: a page goes to disk as it is
   * rendered, so no page is ever held whole in memory (see {@link PageJob}).
   */
  void write(String path, PageJob.Body body) {
    writeStream(path, body::writeUtf8To);
  }

  private interface StreamBody {
    void writeTo(OutputStream out) throws IOException;
  }

  private void writeStream(String path, StreamBody body) {
    OutputPath.require(shown, path);
    if (!written.add(path)) {
      throw new ScholiaException(
          Diagnostic.error(shown + "/" + path, 0, "internal error: two files of the site were both written to this path")
              .withHint("a bug in scholia, not in your files; please report it"));
    }
    Path file = staging.resolve(path);
    try {
      Files.createDirectories(file.getParent());
      try (OutputStream out = Files.newOutputStream(file)) {
        body.writeTo(out);
      }
    } catch (IOException e) {
      throw new ScholiaException(
          Diagnostic.error(shown + "/" + path, 0, "cannot write: " + reason(e))
              .withHint("check free space and permissions beside the output folder; the previous site is untouched"));
    }
  }

  /** Replaces the target with the new site; if that fails, the old site is put back. */
  void commit() {
    Path old = null;
    try {
      if (Files.exists(target)) {
        old = createBeside(target.getParent(), "." + target.getFileName() + OLD);
        Files.delete(old);
        move(target, old);
      }
      move(staging, target);
      committed = true;
    } catch (IOException e) {
      restore(old);
      throw new ScholiaException(
          Diagnostic.error(shown, 0, "cannot replace the site: " + reason(e)).withHint("the previous site is untouched"));
    }
    try {
      if (old != null) {
        deleteTree(old);
      }
    } catch (IOException e) {
      // The new site is in place; a hidden leftover of the old one is harmless and removed next time.
    }
  }

  private void restore(Path old) {
    try {
      if (old != null && Files.exists(old) && !Files.exists(target)) {
        move(old, target);
      }
    } catch (IOException e) {
      // Still in the hidden .old- folder; the next build moves it back before anything else.
    }
  }

  @Override
  public void close() {
    if (!committed) {
      try {
        deleteTree(staging);
      } catch (IOException e) {
        // Leaving a hidden staging folder behind is harmless; the old site is untouched.
      }
    }
  }

  /**
   * A new folder in {@code parent} named {@code prefix} and a suffix no other folder there has.
   * Not {@code Files.createTempDirectory}: its folders are private to their owner (0700), and the
   * staging folder becomes the site, which a web server running as another user must be able to
   * read; made with the process's umask, the site's permissions are those of any folder the user
   * makes. Nor does this need a {@code SecureRandom}, whose set-up showed in a small build's start-up.
   */
  private static Path createBeside(Path parent, String prefix) throws IOException {
    for (long suffix = System.nanoTime(); ; suffix++) {
      try {
        return Files.createDirectory(parent.resolve(prefix + Long.toHexString(suffix)));
      } catch (FileAlreadyExistsException e) {
        // Another build's, or a leftover: try the next name.
      }
    }
  }

  /** A kill between commit's two renames leaves no target but a {@code .old-} one: put it back. */
  private static void recoverInterruptedCommit(Path target) throws IOException {
    if (Files.exists(target)) {
      return;
    }
    for (Path sibling : siblings(target, OLD)) {
      move(sibling, target);
      return;
    }
  }

  /** Staging folders of builds that were killed; a running build's (same or live pid) is kept. */
  private static void removeAbandonedStaging(Path target) throws IOException {
    for (Path sibling : siblings(target, BUILDING)) {
      String rest = sibling.getFileName().toString().substring(("." + target.getFileName() + BUILDING).length());
      int dash = rest.indexOf('-');
      try {
        long pid = Long.parseLong(dash < 0 ? rest : rest.substring(0, dash));
        if (ProcessHandle.of(pid).isEmpty()) {
          deleteTree(sibling);
        }
      } catch (NumberFormatException e) {
        // Not one of ours after all; leave it.
      }
    }
  }

  private static List<Path> siblings(Path target, String kind) throws IOException {
    String prefix = "." + target.getFileName() + kind;
    try (var list = Files.list(target.getParent())) {
      return list.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
    }
  }

  private static boolean isEmpty(Path folder) {
    try (var list = Files.list(folder)) {
      return list.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  /** The operating system's reason, without Java's exception class names. */
  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException
        || (e instanceof FileSystemException fs && "Operation not permitted".equals(fs.getReason()))) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason().toLowerCase(java.util.Locale.ROOT);
    }
    return String.valueOf(e.getMessage());
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /**
   * Deletes a folder and everything in it, many entries at a time: where the disk is told of every
   * freed block (ext4 mounted with {@code discard}), removing an entry takes about a millisecond,
   * most of it waiting, and the old site of 4,000 essays has 9,000 of them. Files first, then the
   * folders, deepest first, each step's entries at once.
   */
  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    List<Path> files = new ArrayList<>();
    TreeMap<Integer, List<Path>> foldersByDepth = new TreeMap<>(Comparator.reverseOrder());
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            foldersByDepth.computeIfAbsent(dir.getNameCount(), depth -> new ArrayList<>()).add(dir);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            files.add(file);
            return FileVisitResult.CONTINUE;
          }
        });
    deleteAll(files);
    for (List<Path> folders : foldersByDepth.values()) {
      deleteAll(folders);
    }
  }

  /** Few enough entries to delete one after the other: a small site's, where threads cost more. */
  private static final int DELETED_IN_TURN = 64;

  /** How many entries are deleted at once: the time goes to waiting on the disk, not to the cores. */
  private static final int DELETING_THREADS = 8;

  private static void deleteAll(List<Path> paths) throws IOException {
    if (paths.size() <= DELETED_IN_TURN) {
      for (Path path : paths) {
        Files.delete(path);
      }
      return;
    }
    ExecutorService deleting =
        Executors.newFixedThreadPool(
            DELETING_THREADS,
            task -> {
              Thread thread = new Thread(task, "scholia-delete");
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<?>> done = new ArrayList<>();
      int slice = (paths.size() + DELETING_THREADS - 1) / DELETING_THREADS;
      for (int from = 0; from < paths.size(); from += slice) {
        List<Path> part = paths.subList(from, Math.min(paths.size(), from + slice));
        done.add(deleting.submit(() -> {
          for (Path path : part) {
            Files.delete(path);
          }
          return null;
        }));
      }
      for (Future<?> part : done) {
        part.get();
      }
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while deleting " + paths.get(0).getParent(), e);
    } finally {
      deleting.shutdown();
    }
  }
}
