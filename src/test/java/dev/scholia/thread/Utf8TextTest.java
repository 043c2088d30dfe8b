package dev.scholia.thread;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.scholia.model.Diagnostic;
import dev.scholia.model.ScholiaException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8TextTest {
  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aReplacementCharacterWrittenInTheFileIsKept() {
    assertEquals("a \uFFFD b", Utf8Text.decode("t.txt", utf8("a \uFFFD b")));
  }

  @Test
  void aLeadingByteOrderMarkIsDropped() {
    assertEquals("It’s", Utf8Text.decode("t.txt", utf8("\uFEFFIt’s")));
  }

  @Test
  void aBadByteIsReportedByLineAndColumnEvenBesideAReplacementCharacter() {
    byte[] bytes = utf8("one\n\uFFFD two\nab?c");
    bytes[bytes.length - 2] = (byte) 0xC3;
    ScholiaException e = assertThrows(ScholiaException.class, () -> Utf8Text.decode("t.txt", bytes));
    Diagnostic problem = e.diagnostics().get(0);
    assertEquals("t.txt", problem.path());
    assertEquals(3, problem.line());
    assertEquals(3, problem.column());
  }
}
