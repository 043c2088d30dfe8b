package dev.scholia.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Fresh temporary folders for property tries, which JUnit's {@code @TempDir} does not reach. */
public final class TestFolders {
  private TestFolders() {}

  public static Path fresh(String prefix) {
    try {
      return Files.createTempDirectory("scholia-" + prefix + "-").toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void delete(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
