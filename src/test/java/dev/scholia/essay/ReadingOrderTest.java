package dev.scholia.essay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scholia.model.Comment;
import dev.scholia.model.LineKind;
import dev.scholia.model.Paragraph;
import dev.scholia.model.SourceLine;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadingOrderTest {
  private static Passage at(int line, String text) {
    Paragraph p = new Paragraph(new SourceLine("seeds/t.txt", line, LineKind.TEXT, text), text, false, List.of());
    return new Passage("seeds/t.txt", new Comment("c" + line, null, null, List.of(p), List.of()), List.of(p), List.of());
  }

  private static List<Integer> order(Passage... passages) {
    return ReadingOrder.sort(List.of(passages)).stream().map(Passage::firstLine).toList();
  }

  @Test
  void threadOrderWhenNothingIsEnumerated() {
    assertEquals(List.of(1, 5, 9), order(at(9, "C."), at(1, "A."), at(5, "B.")));
  }

  @Test
  void anEnumerationIsReadInItsOwnOrder() {
    assertEquals(
        List.of(1, 4, 2, 6, 3),
        order(at(1, "Intro."), at(2, "Second, b."), at(3, "Finally, z."), at(4, "Firstly, a."), at(6, "Thirdly, c.")));
  }
}
