package dev.scholia.segment;

import dev.scholia.model.Diagnostic;
import dev.scholia.model.Diagnostics;
import dev.scholia.model.Discussion;
import dev.scholia.model.ScholiaException;
import dev.scholia.thread.ThreadReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads and segments every thread in {@code seeds/}, in file-name order. */
public final class Discussions {
  private Discussions() {}

  public static List<Discussion> readAll(Path root, Diagnostics diagnostics) {
    Path seeds = root.resolve("seeds");
    if (!Files.isDirectory(seeds)) {
      throw new ScholiaException(
          Diagnostic.error("seeds", 0, "no seeds/ folder in " + root.toAbsolutePath().normalize())
              .withHint("put the source thread in seeds/, or pass --root"));
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(seeds)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new ScholiaException(Diagnostic.error("seeds", 0, "cannot list seeds/: " + e.getMessage()));
    }
    List<Discussion> discussions = new ArrayList<>();
    for (Path file : files) {
      String seed = "seeds/" + file.getFileName();
      try {
        discussions.add(Segmenter.segment(seed, ThreadReader.read(seed, Files.readAllBytes(file)), diagnostics));
      } catch (ScholiaException e) {
        diagnostics.addAll(e.diagnostics());
      } catch (IOException e) {
        diagnostics.error(seed, 0, "cannot read: " + e.getMessage());
      }
    }
    return discussions;
  }
}
