package dev.scholia.essay;

import dev.scholia.testing.Fixtures;
import java.nio.file.Path;

/** Test archives for the split: a thread and its themes, without essays. */
final class Archives {
  static final Path REPO = Path.of(".");
  static final Path THREADS = Path.of("src/test/resources/threads");

  private Archives() {}

  /** Copies {@code seeds/} and {@code content/themes/} of {@code from} into {@code to}. */
  static Path copyThreadAndThemes(Path from, Path to) {
    Fixtures.copyTree(from.resolve("seeds"), to.resolve("seeds"), p -> true);
    Fixtures.copyTree(from.resolve("content/themes"), to.resolve("content/themes"), p -> true);
    return to;
  }
}
