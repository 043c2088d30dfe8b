package dev.scholia.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Utf8Writer writes the bytes the JDK's UTF-8 writer writes, however the text is cut into writes. */
class Utf8WriterProperties {
  private static byte[] written(Writer writer, ByteArrayOutputStream bytes, List<String> pieces) throws IOException {
    for (int i = 0; i < pieces.size(); i++) {
      String piece = pieces.get(i);
      switch (i % 3) {
        case 0 -> writer.write(piece);
        case 1 -> writer.write(piece.toCharArray(), 0, piece.length());
        default -> piece.chars().forEach(c -> {
          try {
            writer.write(c);
          } catch (IOException e) {
            throw new AssertionError(e);
          }
        });
      }
    }
    writer.close();
    return bytes.toByteArray();
  }

  private static void assertSameBytes(List<String> pieces) throws IOException {
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    ByteArrayOutputStream actual = new ByteArrayOutputStream();
    assertArrayEquals(
        written(new OutputStreamWriter(expected, StandardCharsets.UTF_8), expected, pieces),
        written(new Utf8Writer(actual), actual, pieces));
  }

  @Property(tries = 2000)
  void bytesAreThoseOfTheJdksEncoder(@ForAll("pieces") List<String> pieces) throws IOException {
    assertSameBytes(pieces);
  }

  @Property(tries = 20)
  void textsLongerThanTheBufferAreWrittenWhole(@ForAll("longPieces") List<String> pieces) throws IOException {
    assertSameBytes(pieces);
  }

  /** Pieces of ASCII, curly quotes, accented letters, emoji, and surrogates alone or split. */
  @Provide
  Arbitrary<List<String>> pieces() {
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            Arbitraries.strings().ascii().ofMaxLength(12),
            Arbitraries.of("’", "“", "é", "😀", "\uD83D", "\uDE00", "a\uD83D", "\uDE00b", ""),
            Arbitraries.strings().ofMaxLength(6));
    return piece.list().ofMaxSize(10);
  }

  @Provide
  Arbitrary<List<String>> longPieces() {
    return Arbitraries.strings().withChars("ab’é<>\uD83D\uDE00").ofMinLength(10_000).ofMaxLength(40_000).list().ofMinSize(1).ofMaxSize(3);
  }
}
