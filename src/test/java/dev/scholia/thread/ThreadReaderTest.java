package dev.scholia.thread;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scholia.model.LineKind;
import dev.scholia.model.SourceLine;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThreadReaderTest {
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
}
