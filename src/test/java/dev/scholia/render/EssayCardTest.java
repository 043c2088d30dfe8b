package dev.scholia.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EssayCardTest {
  @Test
  void wordsAreRunsOfCharactersThatJavaDoesNotCallWhiteSpace() {
    // Every character up to U+3000 (the ideographic space), each between two letters: white
    // space splits a word, anything else joins it.
    StringBuilder text = new StringBuilder("a");
    int expected = 1;
    for (char c = 0; c <= '\u3000'; c++) {
      text.append(c).append('a');
      if (Character.isWhitespace(c)) {
        expected++;
      }
    }
    assertEquals(expected, EssayCard.wordCount(text.toString()));
  }
}
