package dev.scholia.essay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Test archives: copies of fixture folders, and snapshots of their essays. */
final class Archives {
  private Archives() {}

  /** Copies {@code seeds/} and {@code content/themes/} of {@code from} into {@code to}. */
  static Path copyThreadAndThemes(Path from, Path to) {
    copy(from.resolve("seeds"), to.resolve("seeds"));
    copy(from.resolve("content/themes"), to.resolve("content/themes"));
    return to;
  }

  static void copy(Path from, Path to) {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path source : walk.sorted(Comparator.naturalOrder()).toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every essay file's text, by file name. */
  static Map<String, String> essays(Path root) {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> list = Files.list(root.resolve("content/essays"))) {
      for (Path file : list.toList()) {
        out.put(file.getFileName().toString(), Files.readString(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
