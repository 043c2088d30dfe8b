package dev.scholia.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

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

  @Property(tries = 100)
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
    // Long runs of ASCII with a few others, so that runs end anywhere near a buffer's end.
    Arbitrary<String> text =
        Arbitraries.frequencyOf(
                Tuple.of(40, Arbitraries.of('a', '<', ' ')), Tuple.of(1, Arbitraries.of('’', 'é', '\uD83D', '\uDE00')))
            .list()
            .ofMinSize(10_000)
            .ofMaxSize(40_000)
            .map(chars -> chars.stream().map(String::valueOf).collect(Collectors.joining()));
    return text.list().ofMinSize(1).ofMaxSize(3);
  }
}
