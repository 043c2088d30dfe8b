package dev.scholia.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Encodes text as UTF-8 into a stream, buffered, with the same bytes as an
 * {@code OutputStreamWriter} (a lone surrogate becomes {@code ?}).
 *
 * <p>The JDK's encoder leaves its fast ASCII loop at the first other character of a buffer and
 * encodes the rest one character at a time through its buffer bookkeeping, and every page holds a
 * curly quote: encoding was a fifth of rendering the source thread's page. Here each piece of
 * text (a template's literal text, a value) is encoded by {@code String.getBytes}, which copies a
 * piece without such characters as it is.
 */
final class Utf8Writer extends Writer {
  private final OutputStream out;
  private final byte[] buffer = new byte[16 * 1024];
  private int used;
  /** A high surrogate that ended the last piece, waiting for its low half; or 0. */
  private char pendingHigh;

  Utf8Writer(OutputStream out) {
    this.out = out;
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    encode(text.substring(offset, offset + length));
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    encode(new String(chars, offset, length));
  }

  @Override
  public void write(int c) throws IOException {
    encode(String.valueOf((char) c));
  }

  private void encode(String text) throws IOException {
    if (text.isEmpty()) {
      return;
    }
    if (pendingHigh != 0) {
      text = pendingHigh + text;
      pendingHigh = 0;
    }
    // A surrogate pair may be split between two writes (a JSON generator flushes its buffer
    // wherever it is full); its first half waits, as the JDK's encoder would keep it.
    char last = text.charAt(text.length() - 1);
    if (Character.isHighSurrogate(last)) {
      pendingHigh = last;
      text = text.substring(0, text.length() - 1);
    }
    put(text.getBytes(StandardCharsets.UTF_8));
  }

  private void put(byte[] bytes) throws IOException {
    if (bytes.length > buffer.length - used) {
      drain();
      if (bytes.length > buffer.length) {
        out.write(bytes);
        return;
      }
    }
    System.arraycopy(bytes, 0, buffer, used, bytes.length);
    used += bytes.length;
  }

  private void drain() throws IOException {
    out.write(buffer, 0, used);
    used = 0;
  }

  /** Writes out what is buffered; a high surrogate still waiting for its other half stays. */
  @Override
  public void flush() throws IOException {
    drain();
    out.flush();
  }

  /** Writes out everything, a lone high surrogate at the very end as {@code ?}; the stream stays open. */
  void finish() throws IOException {
    if (pendingHigh != 0) {
      pendingHigh = 0;
      put(new byte[] {'?'});
    }
    flush();
  }

  @Override
  public void close() throws IOException {
    finish();
    out.close();
  }
}
