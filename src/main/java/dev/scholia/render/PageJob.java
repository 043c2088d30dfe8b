package dev.scholia.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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

    /** Writes the text into {@code out} as UTF-8, as every file of the site is encoded. */
    default void writeUtf8To(OutputStream out) throws IOException {
      Utf8Writer text = new Utf8Writer(out);
      writeTo(text);
      text.finish();
    }
  }

  /** A job whose text is computed whole, for the small files that are not templated pages. */
  public PageJob(String path, Supplier<String> text) {
    this(path, (Body) out -> out.write(text.get()));
  }

  /**
   * The file's bytes in memory, encoded as a full build writes them: what incremental rebuilds
   * digest and write. Encoded as they are written, since a large page (the feed of a large
   * archive) kept as text first would be grown, copied to a String and then encoded, each time
   * in full.
   */
  public byte[] bytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
    try {
      body.writeUtf8To(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
