package dev.scholia.thread;

import dev.scholia.model.Diagnostic;
import dev.scholia.model.ScholiaException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding that reports where a file stops being UTF-8, by line and byte offset,
 * instead of silently replacing the bad bytes: the archive quotes text verbatim, so a mangled
 * character must be noticed before it is published.
 */
public final class Utf8Text {
  private Utf8Text() {}

  /** Decodes {@code bytes}, dropping a leading byte-order mark. */
  public static String decode(String path, byte[] bytes) {
    // The JDK's own decoding is several times faster and makes no intermediate copy, but it
    // replaces bad bytes with U+FFFD. Without one in its result the bytes were valid; with one,
    // the strict decoder says whether the file holds that character or a mistake, and where.
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf(REPLACEMENT) >= 0) {
      text = decodeStrictly(path, bytes);
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** What the JDK's decoding puts in place of bytes that are not UTF-8; a file may also hold it. */
  static final char REPLACEMENT = '\uFFFD';

  /**
   * Throws, naming the line and byte, if {@code bytes} are not UTF-8: for a caller whose own
   * quick decoding met a {@link #REPLACEMENT}.
   */
  static void requireValid(String path, byte[] bytes) {
    decodeStrictly(path, bytes);
  }

  /** The length of the byte-order mark {@code bytes} start with: 3, or 0 without one. */
  static int bomLength(byte[] bytes) {
    return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
  }

  private static String decodeStrictly(String path, byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new ScholiaException(invalidAt(path, bytes, in.position()));
    }
    try {
      result = decoder.flush(out);
      if (result.isError()) {
        result.throwException();
      }
    } catch (CharacterCodingException e) {
      throw new ScholiaException(invalidAt(path, bytes, bytes.length));
    }
    out.flip();
    return out.toString();
  }

  private static Diagnostic invalidAt(String path, byte[] bytes, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Diagnostic(
        Diagnostic.Severity.ERROR,
        path,
        line,
        offset - lineStart + 1,
        String.format("not valid UTF-8 at byte offset %d (byte 0x%02X)", offset, bytes[offset < bytes.length ? offset : bytes.length - 1] & 0xFF),
        "save the file as UTF-8");
  }
}
