package dev.scholia.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Copying and deleting folders in tests. */
public final class Trees {
  private Trees() {}

  /** Copies {@code from} into {@code to}, leaving out top-level entries named in {@code skip}. */
  public static void copy(Path from, Path to, Set<String> skip) {
    copy(from, to, skip, false);
  }

  /**
   * Copies a tree; with {@code reversed}, files are created in reverse name order, so that a file
   * system which lists in creation order lists the copy differently from the original.
   */
  public static void copy(Path from, Path to, Set<String> skip, boolean reversed) {
    try (Stream<Path> walk = Files.walk(from)) {
      Comparator<Path> order = Comparator.naturalOrder();
      List<Path> all = walk.sorted(reversed ? order.reversed() : order).toList();
      for (Path source : all) {
        Path relative = from.relativize(source);
        if (relative.getNameCount() > 0 && skip.contains(relative.getName(0).toString())) {
          continue;
        }
        Path target = to.resolve(relative.toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(source, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void delete(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        p.toFile().setWritable(true);
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
