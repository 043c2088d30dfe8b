package dev.scholia.essay;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/** Hand labels: a test resource of {@code line<TAB>theme} rows; {@code #} starts a comment. */
final class Labels {
  private Labels() {}

  static Map<Integer, String> read(String resource) {
    Map<Integer, String> labels = new TreeMap<>();
    try (InputStream in = Labels.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      for (String row : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!row.isBlank() && !row.startsWith("#")) {
          String[] cells = row.strip().split("\t");
          labels.put(Integer.parseInt(cells[0]), cells[1]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return labels;
  }
}
