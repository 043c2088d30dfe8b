package dev.scholia.site;

import dev.scholia.files.InputFiles;
import dev.scholia.model.Diagnostic;
import dev.scholia.model.ScholiaException;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The static files of the theme (stylesheet, scripts, icon), copied to {@code site/assets/}: the
 * bundled ones, each replaced by the file of the same name in the archive's
 * {@code templates/assets/} and joined by the archive's others. Pages from bundled templates need
 * the bundled assets, whatever the archive overrides.
 */
final class Assets {
  /** Where the bundled assets lie in the jar (or on the class path). */
  private static final String BUNDLED = "templates/assets";

  private Assets() {}

  /** Every asset, by path relative to the assets folder, in sorted order. */
  static Map<String, byte[]> load(Path root) {
    Map<String, byte[]> assets = new TreeMap<>(bundled());
    assets.putAll(readTree(root.resolve("templates/assets")));
    return assets;
  }

  private static Map<String, byte[]> bundled() {
    URL bundled = Assets.class.getResource("/" + BUNDLED);
    if (bundled == null) {
      return Map.of();
    }
    try {
      if (bundled.openConnection() instanceof JarURLConnection inJar) {
        return readJar(Path.of(inJar.getJarFileURL().toURI()));
      }
      return readTree(Path.of(bundled.toURI()));
    } catch (IOException | URISyntaxException e) {
      throw new ScholiaException(Diagnostic.error("(bundled templates)/assets", 0, "cannot read: " + e.getMessage()));
    }
  }

  /**
   * The bundled assets, read from the jar's entries. A zip file system over the jar would index
   * all of its thousands of entries first (and load the zipfs provider): a measurable part of a
   * small archive's build, for four files.
   */
  private static Map<String, byte[]> readJar(Path jarFile) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (JarFile jar = new JarFile(jarFile.toFile())) {
      for (JarEntry entry : Collections.list(jar.entries())) {
        if (!entry.isDirectory() && entry.getName().startsWith(BUNDLED + "/")) {
          try (InputStream in = jar.getInputStream(entry)) {
            out.put(entry.getName().substring(BUNDLED.length() + 1), in.readAllBytes());
          }
        }
      }
    }
    return out;
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
