package dev.scholia.site;

import dev.scholia.model.Diagnostic;
import dev.scholia.model.ScholiaException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A new site being written beside the old one. Files go into a hidden staging folder next to the
 * target; {@link #commit()} swaps it in with renames, so readers and a failed or killed build only
 * ever see the old site or the new one, never a half-written mix.
 */
final class OutputFolder implements AutoCloseable {
  private final Path target;
  private final Path staging;
  private boolean committed;

  private OutputFolder(Path target, Path staging) {
    this.target = target;
    this.staging = staging;
  }

  static OutputFolder create(Path target) {
    Path absolute = target.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new ScholiaException(
          Diagnostic.error(String.valueOf(parent), 0, "the output folder's parent does not exist")
              .withHint("create it, or choose another --out"));
    }
    try {
      Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".building-");
      return new OutputFolder(absolute, staging);
    } catch (IOException e) {
      throw new ScholiaException(
          Diagnostic.error(parent.toString(), 0, "cannot write the output folder here: " + e.getMessage())
              .withHint("check the folder exists and is writable, or choose another --out"));
    }
  }

  /** Writes {@code path} (relative, forward slashes) inside the new site. */
  void write(String path, byte[] bytes) {
    Path file = staging.resolve(path).normalize();
    if (!file.startsWith(staging)) {
      throw new IllegalArgumentException("output path leaves the site: " + path);
    }
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void write(String path, String text) {
    write(path, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Replaces the target with the new site. */
  void commit() {
    try {
      Path old = null;
      if (Files.exists(target)) {
        old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
        Files.delete(old);
        move(target, old);
      }
      move(staging, target);
      committed = true;
      if (old != null) {
        deleteTree(old);
      }
    } catch (IOException e) {
      throw new ScholiaException(Diagnostic.error(target.toString(), 0, "cannot replace the site: " + e.getMessage()));
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

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
