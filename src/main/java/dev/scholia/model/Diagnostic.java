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

  /**
   * Formats as {@code path:line:column: error: message}, then the hint on its own line. Control
   * and bidirectional-override characters (which a hostile file name or quoted value could carry
   * to rewrite the terminal or disguise the message) are shown as a backslash, {@code u} and four hex digits.
   */
  public String format() {
    StringBuilder out = new StringBuilder(visible(path));
    if (line > 0) {
      out.append(':').append(line);
      if (column > 0) {
        out.append(':').append(column);
      }
    }
    out.append(": ").append(severity == Severity.ERROR ? "error" : "warning").append(": ");
    out.append(visible(message));
    if (hint != null) {
      out.append("\n  hint: ").append(visible(hint));
    }
    return out.toString();
  }

  private static String visible(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean hidden = c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
      out.append(hidden ? String.format("\\u%04X", (int) c) : String.valueOf(c));
    }
    return out.toString();
  }
}
