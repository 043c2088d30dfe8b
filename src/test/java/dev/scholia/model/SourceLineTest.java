package dev.scholia.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.RecordComponent;
import org.junit.jupiter.api.Test;

/**
 * SourceLine writes its equals and hashCode out by hand: equality must stay a record's, and equal
 * lines must hash alike (the hash reads only the file and line number).
 */
class SourceLineTest {
  private static final SourceLine LINE = new SourceLine("seeds/a.txt", 3, LineKind.TEXT, "Some text.");

  @Test
  void equalComponentsMakeEqualLinesWithEqualHashes() {
    // Fresh strings, not the interned literals: equality must compare text, not identity.
    SourceLine same = new SourceLine(new String("seeds/a.txt"), 3, LineKind.TEXT, new String("Some text."));
    assertEquals(LINE, same);
    assertEquals(LINE.hashCode(), same.hashCode());
  }

  @Test
  void everyComponentTakesPartInEquality() throws ReflectiveOperationException {
    Object[] other = {"seeds/b.txt", 4, LineKind.QUOTE, "Other text."};
    RecordComponent[] components = SourceLine.class.getRecordComponents();
    assertEquals(other.length, components.length, "a new component needs a case here and in equals");
    for (int i = 0; i < components.length; i++) {
      Object[] values = new Object[components.length];
      for (int j = 0; j < components.length; j++) {
        values[j] = i == j ? other[j] : components[j].getAccessor().invoke(LINE);
      }
      SourceLine changed = new SourceLine((String) values[0], (int) values[1], (LineKind) values[2], (String) values[3]);
      assertNotEquals(LINE, changed, components[i].getName());
    }
  }
}
