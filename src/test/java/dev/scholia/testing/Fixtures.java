package dev.scholia.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Fixture archives under {@code src/test/resources}, copied so tests can change them freely. */
public final class Fixtures {
  public static final Path SITES = Path.of("src/test/resources/sites");

  private Fixtures() {}

  /** Copies {@code sites/<name>} (without its {@code expected/} folder) into {@code into}. */
  public static Path copySite(String name, Path into) {
    Path from = SITES.resolve(name);
    copyTree(from, into, p -> !from.relativize(p).startsWith("expected"));
    return into;
  }

  public static void copyTree(Path from, Path to, java.util.function.Predicate<Path> include) {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path source : walk.filter(include).toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a file, creating its folders. */
  public static Path write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      return Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every file under {@code root} with its bytes, by relative path with forward slashes. */
  public static Map<String, byte[]> readTree(Path root) {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** As {@link #readTree}, decoded as UTF-8, so that trees compare with {@code assertEquals}. */
  public static Map<String, String> readTextTree(Path root) {
    Map<String, String> files = new TreeMap<>();
    readTree(root).forEach((path, bytes) -> files.put(path, new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
    return files;
  }
}
