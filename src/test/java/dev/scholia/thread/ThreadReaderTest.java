package dev.scholia.thread;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.scholia.model.Diagnostic;
import dev.scholia.model.LineKind;
import dev.scholia.model.ScholiaException;
import dev.scholia.model.SourceLine;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThreadReaderTest {
  private static List<String> texts(String text) {
    return ThreadReader.read("seeds/t.txt", text.getBytes(StandardCharsets.UTF_8)).stream().map(SourceLine::text).toList();
  }

  @Test
  void crlfEndingsAndAByteOrderMarkAreAcceptedAndNotPartOfTheText() {
    byte[] bytes = "\uFEFFada\r\nFirst paragraph.\r\n\r\nSecond [1].\r\n[1] Note.\r\n".getBytes(StandardCharsets.UTF_8);
    List<SourceLine> lines = ThreadReader.read("seeds/t.txt", bytes);
    assertEquals(List.of("ada", "First paragraph.", "", "Second [1].", "[1] Note."), lines.stream().map(SourceLine::text).toList());
    assertEquals(
        List.of(LineKind.BYLINE, LineKind.TEXT, LineKind.BLANK, LineKind.TEXT, LineKind.FOOTNOTE),
        lines.stream().map(SourceLine::kind).toList());
    assertEquals(4, lines.get(3).line());
  }

  @Test
  void nonUtf8IsReportedAtItsLineColumnAndByteOffset() {
    byte[] bytes = {'O', 'k', '.', '\n', 'c', 'a', 'f', (byte) 0xE9, '\n'};
    Diagnostic d = assertThrows(ScholiaException.class, () -> ThreadReader.read("seeds/t.txt", bytes)).diagnostics().get(0);
    assertEquals("seeds/t.txt:2:4: error: not valid UTF-8 at byte offset 7 (byte 0xE9)", d.format().lines().findFirst().get());
  }

  @Test
  void aReplacementCharacterTheFileReallyHoldsIsText() {
    assertEquals(List.of("Ok.", "an unknown \uFFFD sign."), texts("Ok.\nan unknown \uFFFD sign.\n"));
  }

  /** Found by ThreadReadingProperties: Markdown turns NUL into U+FFFD, so no essay could quote the line. */
  @Test
  void aNulCharacterIsRefusedAtItsColumn() {
    Diagnostic d = assertThrows(ScholiaException.class, () -> texts("Fine.\nBroken \u0000 line.\n")).diagnostics().get(0);
    assertEquals(2, d.line());
    assertEquals(8, d.column());
    assertEquals("control character U+0000 in a line of text", d.message());
  }

  @Test
  void tabsAreText() {
    assertEquals(List.of("a\tb."), texts("a\tb.\n"));
  }
}
