package dev.scholia.site;

import dev.scholia.render.Archive;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The repository's own archive, built once per test run into a temporary folder: tests check
 * what this build writes, never the committed {@code site/}, which may be stale while one works.
 */
public final class BuiltArchive {
  private static Path site;

  private BuiltArchive() {}

  /** The folder holding the freshly built site. */
  public static synchronized Path site() {
    if (site == null) {
      try {
        Path out = Files.createTempDirectory("scholia-site-");
        Archive archive = ArchiveCompiler.compile(Path.of("."));
        SiteWriter.write(archive, out.resolve("site"));
        site = out.resolve("site");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(out)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return site;
  }

  /** Every file of the built site with the given extension, relative paths sorted. */
  public static List<Path> files(String extension) {
    try (Stream<Path> walk = Files.walk(site())) {
      return walk.filter(p -> p.toString().endsWith(extension)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteQuietly(Path folder) {
    try {
      OutputFolder.deleteTree(folder);
    } catch (IOException e) {
      // A temporary folder left behind is harmless.
    }
  }
}
