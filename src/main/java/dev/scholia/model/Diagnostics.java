package dev.scholia.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the diagnostics of a stage so it can report every independent problem in one run.
 * Not thread-safe: each stage (or each parallel task) uses its own and merges with {@link #addAll}.
 */
public final class Diagnostics {
  private final List<Diagnostic> all = new ArrayList<>();

  public void add(Diagnostic diagnostic) {
    all.add(diagnostic);
  }

  public void addAll(List<Diagnostic> more) {
    all.addAll(more);
  }

  public void error(String path, int line, String message) {
    add(Diagnostic.error(path, line, message));
  }

  public boolean hasErrors() {
    return all.stream().anyMatch(Diagnostic::isError);
  }

  public List<Diagnostic> warnings() {
    return all.stream().filter(d -> !d.isError()).sorted(Diagnostic.BY_LOCATION).toList();
  }

  public List<Diagnostic> all() {
    return all.stream().sorted(Diagnostic.BY_LOCATION).toList();
  }

  /** Throws a {@link ScholiaException} listing everything collected if any of it is an error. */
  public void throwIfErrors() {
    if (hasErrors()) {
      throw new ScholiaException(all());
    }
  }
}
