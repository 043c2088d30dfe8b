package dev.scholia.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scholia.model.Diagnostic;
import dev.scholia.model.Diagnostics;
import dev.scholia.model.Discussion;
import dev.scholia.model.ScholiaException;
import dev.scholia.model.SourceLine;
import dev.scholia.testing.Bounded;
import dev.scholia.thread.ThreadReader;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzes reading and segmenting a thread: any bytes either give lines and comments or fail with
 * diagnostics located in the file, within a time limit; text that is valid comes back verbatim.
 * Short in the normal suite; see {@code docs/errors.md} for a long run.
 */
class ThreadReadingProperties {
  private static final String SEED = "seeds/fuzz.txt";
  private static final Duration LIMIT = Duration.ofSeconds(10);

  @Property
  void anyBytesAreReadOrRefusedWithALocatedError(@ForAll("threadBytes") byte[] bytes) throws Exception {
    Bounded.within(
        LIMIT,
        () -> {
          try {
            List<SourceLine> lines = ThreadReader.read(SEED, bytes);
            Diagnostics diagnostics = new Diagnostics();
            Discussion discussion = Segmenter.segment(SEED, lines, diagnostics);
            assertEquals(lines, discussion.lines());
            diagnostics.all().forEach(d -> assertLocated(d, lines.size()));
          } catch (ScholiaException e) {
            assertTrue(!e.diagnostics().isEmpty());
            e.diagnostics().forEach(d -> assertLocated(d, bytes.length + 1));
          }
          return null;
        });
  }

  /** Every line comes back exactly, whatever the line endings and a byte-order mark. */
  @Property
  void validTextComesBackVerbatim(
      @ForAll("lines") List<String> lines, @ForAll boolean crlf, @ForAll boolean bom) throws Exception {
    String text = (bom ? "\uFEFF" : "") + String.join(crlf ? "\r\n" : "\n", lines);
    List<String> read =
        Bounded.within(
            LIMIT,
            () -> {
              try {
                return ThreadReader.read(SEED, text.getBytes(StandardCharsets.UTF_8)).stream().map(SourceLine::text).toList();
              } catch (ScholiaException e) {
                // Only an all-blank thread, or one with control characters, may be refused.
                boolean control = lines.stream().anyMatch(l -> l.chars().anyMatch(c -> c < 0x20 && c != '\t'));
                assertTrue(control || lines.stream().allMatch(String::isBlank), e.getMessage());
                return null;
              }
            });
    if (read != null) {
      List<String> expected = lines.get(lines.size() - 1).isEmpty() ? lines.subList(0, lines.size() - 1) : lines;
      assertEquals(expected, read);
    }
  }

  private static void assertLocated(Diagnostic d, int lines) {
    assertEquals(SEED, d.path(), d.format());
    assertTrue(d.line() >= 0 && d.line() <= lines + 1, d.format());
    assertTrue(!d.message().isBlank(), d.format());
  }

  /** Bytes that are mostly thread-like text, with stray bytes, bad sequences and odd endings. */
  @Provide
  Arbitrary<byte[]> threadBytes() {
    Arbitrary<byte[]> pieces =
        Arbitraries.oneOf(
            lineText().map(s -> s.getBytes(StandardCharsets.UTF_8)),
            Arbitraries.of("\n", "\r\n", "\r", "\uFEFF", "[1] ", "> ", "[12]", "@user\n", "\u0000")
                .map(s -> s.getBytes(StandardCharsets.UTF_8)),
            Arbitraries.bytes().array(byte[].class).ofMaxSize(8),
            Arbitraries.of(new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF4, (byte) 0x90, 0, 0}));
    return pieces.list().ofMaxSize(60).map(ThreadReadingProperties::concat);
  }

  @Provide
  Arbitrary<List<String>> lines() {
    return lineText().list().ofMinSize(1).ofMaxSize(40);
  }

  /** One line's text: thread-like fragments and any characters but line breaks. */
  private static Arbitrary<String> lineText() {
    Arbitrary<String> fragment =
        Arbitraries.oneOf(
            Arbitraries.of("Firstly", "the", "[1]", "[2] note", "> quoted", "*", "_", "<script>", "#", "1.", "“", "−", " ", "\t", "user_name"),
            Arbitraries.strings().all().ofMaxLength(6).map(s -> s.replaceAll("[\\r\\n\\uFEFF\\x{85}\\u2028\\u2029]", "").replaceAll("\\p{Cs}", "")));
    return Combinators.combine(fragment.list().ofMaxSize(12), Arbitraries.of("", " ", ".", "?"))
        .as((parts, end) -> String.join(" ", parts) + end);
  }

  private static byte[] concat(List<byte[]> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    parts.forEach(out::writeBytes);
    return out.toByteArray();
  }
}
