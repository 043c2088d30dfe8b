package dev.scholia.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * Encodes text as UTF-8 into a stream, buffered, with the same bytes as an
 * {@code OutputStreamWriter} (a lone surrogate becomes {@code ?}).
 *
 * <p>The JDK's encoder leaves its fast ASCII loop at the first other character of a buffer and
 * encodes the rest one character at a time through its buffer bookkeeping, and every page holds a
 * curly quote: encoding was a fifth of rendering the source thread's page. {@code getBytes} of
 * each piece is no better for a string holding such a character: it allocates three bytes a
 * character, zeroed, and copies them again (120 MB for the feed of 4,000 essays). Here text is
 * copied into a char array in blocks and encoded by one loop straight into the byte buffer.
 */
final class Utf8Writer extends Writer {
  private final OutputStream out;
  private final byte[] buffer = new byte[16 * 1024];
  private final char[] chars = new char[4 * 1024];
  private int used;
  /** A high surrogate that ended the last write, waiting for its low half; or 0. */
  private char pendingHigh;

  Utf8Writer(OutputStream out) {
    this.out = out;
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    for (int at = offset, end = offset + length; at < end; at += chars.length) {
      int block = Math.min(chars.length, end - at);
      text.getChars(at, at + block, chars, 0);
      encode(chars, 0, block);
    }
  }

  @Override
  public void write(char[] text, int offset, int length) throws IOException {
    encode(text, offset, offset + length);
  }

  @Override
  public void write(int c) throws IOException {
    chars[0] = (char) c;
    encode(chars, 0, 1);
  }

  private void encode(char[] text, int from, int to) throws IOException {
    int i = from;
    while (i < to) {
      // Room for the longest thing one char can add: a '?' for a waiting surrogate and 3 bytes.
      if (used > buffer.length - 4) {
        drain();
      }
      // Most text is a run of ASCII: copied by a loop with nothing else to check, as far as the
      // buffer has room.
      if (pendingHigh == 0) {
        int end = Math.min(to, i + buffer.length - used);
        while (i < end && text[i] < 0x80) {
          buffer[used++] = (byte) text[i++];
        }
        if (i == end || used > buffer.length - 4) {
          continue;
        }
      }
      encode(text[i++]);
    }
  }

  /** Encodes one char that is not part of an ASCII run, or follows a waiting high surrogate. */
  private void encode(char c) {
    if (pendingHigh != 0) {
      char high = pendingHigh;
      pendingHigh = 0;
      if (Character.isLowSurrogate(c)) {
        int codePoint = Character.toCodePoint(high, c);
        buffer[used++] = (byte) (0xF0 | (codePoint >> 18));
        buffer[used++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
        buffer[used++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
        buffer[used++] = (byte) (0x80 | (codePoint & 0x3F));
        return;
      }
      buffer[used++] = '?';
    }
    if (c < 0x80) {
      buffer[used++] = (byte) c;
    } else if (c < 0x800) {
      buffer[used++] = (byte) (0xC0 | (c >> 6));
      buffer[used++] = (byte) (0x80 | (c & 0x3F));
    } else if (Character.isHighSurrogate(c)) {
      // Its low half may come with the next write (a JSON generator flushes its buffer wherever
      // it is full), as the JDK's encoder would wait for it.
      pendingHigh = c;
    } else if (Character.isLowSurrogate(c)) {
      buffer[used++] = '?';
    } else {
      buffer[used++] = (byte) (0xE0 | (c >> 12));
      buffer[used++] = (byte) (0x80 | ((c >> 6) & 0x3F));
      buffer[used++] = (byte) (0x80 | (c & 0x3F));
    }
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
      if (used == buffer.length) {
        drain();
      }
      buffer[used++] = '?';
    }
    flush();
  }

  @Override
  public void close() throws IOException {
    finish();
    out.close();
  }
}
