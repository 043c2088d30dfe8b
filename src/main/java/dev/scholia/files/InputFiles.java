package dev.scholia.files;

import dev.scholia.model.Diagnostic;
import dev.scholia.model.Diagnostics;
import dev.scholia.model.ScholiaException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Lists the files of an input folder ({@code seeds/}, {@code content/…}, {@code templates/}) in
 * sorted order, so results never depend on the file system's listing order, and refuses symbolic
 * links. An archive is built from pull requests: a link committed as
 * {@code templates/assets/x -> ~/.ssh/id_rsa} would otherwise publish a file of the machine that
 * builds it, and a linked thread would quote one in error messages. As in Hugo, inputs come only
 * from inside the archive.
 */
public final class InputFiles {
  private InputFiles() {}

  /**
   * The regular files in {@code folder} (and its sub-folders if {@code recursive}), sorted by path;
   * each symbolic link, the folder itself included, is reported to {@code diagnostics} and left out.
   *
   * @param root the archive root, against which paths are shown
   */
  public static List<Path> list(Path root, Path folder, boolean recursive, Diagnostics diagnostics) {
    if (isLink(root, folder, diagnostics) || !Files.isDirectory(folder)) {
      return List.of();
    }
    List<Path> all;
    try (Stream<Path> entries = recursive ? Files.walk(folder) : Files.list(folder)) {
      // Each path's shown form is computed once, not again in every comparison of the sort.
      all =
          entries
              .filter(p -> !p.equals(folder))
              .map(p -> Map.entry(shown(root, p), p))
              .sorted(Map.Entry.comparingByKey())
              .map(Map.Entry::getValue)
              .toList();
    } catch (IOException e) {
      throw new ScholiaException(Diagnostic.error(shown(root, folder), 0, "cannot list folder: " + e.getMessage()));
    }
    all.stream().filter(Files::isSymbolicLink).forEach(link -> diagnostics.add(linked(root, link)));
    return all.stream().filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList();
  }

  /** As {@link #list(Path, Path, boolean, Diagnostics)}, throwing if there is any link. */
  public static List<Path> list(Path root, Path folder, boolean recursive) {
    Diagnostics links = new Diagnostics();
    List<Path> files = list(root, folder, recursive, links);
    links.throwIfErrors();
    return files;
  }

  /** Whether {@code path} is a symbolic link, which is then reported to {@code diagnostics}. */
  public static boolean isLink(Path root, Path path, Diagnostics diagnostics) {
    if (Files.isSymbolicLink(path)) {
      diagnostics.add(linked(root, path));
      return true;
    }
    return false;
  }

  /** {@code file} relative to {@code root}, with forward slashes: how paths appear in messages. */
  public static String shown(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  private static Diagnostic linked(Path root, Path link) {
    return Diagnostic.error(shown(root, link), 0, "this is a symbolic link; scholia reads its inputs only from inside the archive, never through links")
        .withHint("replace the link with a copy of what it points to, or remove it");
  }
}
