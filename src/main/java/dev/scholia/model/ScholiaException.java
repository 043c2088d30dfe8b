package dev.scholia.model;

import java.util.List;

/**
 * Thrown when a stage finds errors it cannot go past. It carries every diagnostic the stage
 * collected, so the user sees all problems of a run at once rather than one per run.
 */
public final class ScholiaException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;

  public ScholiaException(List<Diagnostic> diagnostics) {
    super(diagnostics.isEmpty() ? "failed" : diagnostics.get(0).format());
    this.diagnostics = diagnostics.stream().sorted(Diagnostic.BY_LOCATION).toList();
  }

  public ScholiaException(Diagnostic diagnostic) {
    this(List.of(diagnostic));
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
