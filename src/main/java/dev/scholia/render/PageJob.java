package dev.scholia.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Supplier;

/**
 * One output file to produce: its path relative to the site root and how to render it. Jobs are
 * independent, so the site stage runs them in parallel and streams each to disk as it finishes.
 *
 * <p>A job writes into a {@link Writer} rather than returning a String: a full build streams each
 * page straight into its file, so a large page (the source thread is tens of megabytes on a big
 * archive) is never held whole, nor copied from buffer to String to bytes.
 */
public record PageJob(String path, Body body) {

  /** Writes one file's text. */
  @FunctionalInterface
  public interface Body {
    void writeTo(Writer out) throws IOException;
  }

  /** A job whose text is computed whole, for the small files that are not templated pages. */
  public PageJob(String path, Supplier<String> text) {
    this(path, (Body) out -> out.write(text.get()));
  }

  /** The file's text in memory: what incremental rebuilds digest and {@code check} discards. */
  public String html() {
    StringWriter out = new StringWriter(32 * 1024);
    try {
      body.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
