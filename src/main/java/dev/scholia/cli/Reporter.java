package dev.scholia.cli;

import dev.scholia.model.Diagnostic;
import java.io.PrintWriter;
import java.util.List;

/** Prints diagnostics like a compiler, then a count. */
final class Reporter {
  private Reporter() {}

  static void report(PrintWriter err, List<Diagnostic> diagnostics) {
    diagnostics.forEach(d -> err.println(d.format()));
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    if (errors > 0) {
      err.println(errors + (errors == 1 ? " error" : " errors"));
    }
    err.flush();
  }
}
