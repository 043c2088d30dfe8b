package dev.scholia.site;

import dev.scholia.files.InputFiles;
import dev.scholia.model.Diagnostic;
import dev.scholia.model.ScholiaException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The static files of the theme (stylesheet, scripts, icon), copied to {@code site/assets/}: the
 * bundled ones, each replaced by the file of the same name in the archive's
 * {@code templates/assets/} and joined by the archive's others. Pages from bundled templates need
 * the bundled assets, whatever the archive overrides.
 */
final class Assets {
  private Assets() {}

  /** Every asset, by path relative to the assets folder, in sorted order. */
  static Map<String, byte[]> load(Path root) {
    Map<String, byte[]> assets = new TreeMap<>(bundled());
    assets.putAll(readTree(root.resolve("templates/assets")));
    return assets;
  }

  private static Map<String, byte[]> bundled() {
    URL bundled = Assets.class.getResource("/templates/assets");
    if (bundled == null) {
      return Map.of();
    }
    try {
      URI uri = bundled.toURI();
      if (!"jar".equals(uri.getScheme())) {
        return readTree(Path.of(uri));
      }
      try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
        return readTree(jar.getPath("/templates/assets"));
      }
    } catch (IOException | URISyntaxException e) {
      throw new ScholiaException(Diagnostic.error("(bundled templates)/assets", 0, "cannot read: " + e.getMessage()));
    }
  }

  private static Map<String, byte[]> readTree(Path folder) {
    Map<String, byte[]> out = new TreeMap<>();
    if (!Files.isDirectory(folder)) {
      return out;
    }
    try {
      for (Path file : InputFiles.list(folder.getParent(), folder, true)) {
        out.put(InputFiles.shown(folder, file), Files.readAllBytes(file));
      }
    } catch (IOException e) {
      throw new ScholiaException(Diagnostic.error("templates/assets", 0, "cannot read: " + e.getMessage()));
    }
    return out;
  }
}
