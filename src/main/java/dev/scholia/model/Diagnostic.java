package dev.scholia.model;

import java.util.Comparator;

/**
 * One problem found in the input, located like a compiler error: {@code path:line:column: message}.
 *
 * @param severity whether the problem stops the build
 * @param path the file, relative to the archive root where possible ({@code content/essays/a.md})
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column, or 0 when unknown
 * @param message what is wrong
 * @param hint how to fix it, or {@code null}
 */
public record Diagnostic(Severity severity, String path, int line, int column, String message, String hint) {

  /** Whether a diagnostic stops the build. */
  public enum Severity {
    ERROR,
    WARNING
  }

  /** Orders diagnostics by file, then position, so every run reports them identically. */
  public static final Comparator<Diagnostic> BY_LOCATION =
      Comparator.comparing(Diagnostic::path)
          .thenComparingInt(Diagnostic::line)
          .thenComparingInt(Diagnostic::column)
          .thenComparing(Diagnostic::message);

  public static Diagnostic error(String path, int line, String message) {
    return new Diagnostic(Severity.ERROR, path, line, 0, message, null);
  }

  public static Diagnostic warning(String path, int line, String message) {
    return new Diagnostic(Severity.WARNING, path, line, 0, message, null);
  }

  public Diagnostic withHint(String newHint) {
    return new Diagnostic(severity, path, line, column, message, newHint);
  }

  public Diagnostic withColumn(int newColumn) {
    return new Diagnostic(severity, path, line, newColumn, message, hint);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** Formats as {@code path:line:column: error: message}, then the hint on its own line. */
  public String format() {
    StringBuilder out = new StringBuilder(path);
    if (line > 0) {
      out.append(':').append(line);
      if (column > 0) {
        out.append(':').append(column);
      }
    }
    out.append(": ").append(severity == Severity.ERROR ? "error" : "warning").append(": ");
    out.append(message);
    if (hint != null) {
      out.append("\n  hint: ").append(hint);
    }
    return out.toString();
  }
}
