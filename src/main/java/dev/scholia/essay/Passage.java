package dev.scholia.essay;

import dev.scholia.model.Comment;
import dev.scholia.model.Footnote;
import dev.scholia.model.Paragraph;
import java.util.List;

/**
 * What one comment contributes to one essay: some of its paragraphs, in thread order, and its
 * stray notes (definitions whose marker is missing, quoted as plain paragraphs after them).
 *
 * @param seed the thread the comment is from
 * @param comment the comment
 * @param paragraphs the paragraphs going to the essay
 * @param strayNotes stray notes going to the essay
 */
record Passage(String seed, Comment comment, List<Paragraph> paragraphs, List<Footnote> strayNotes) {

  Passage {
    paragraphs = List.copyOf(paragraphs);
    strayNotes = List.copyOf(strayNotes);
  }

  /** The thread line the passage starts at, for reading order. */
  int firstLine() {
    return paragraphs.isEmpty() ? strayNotes.get(0).source().line() : paragraphs.get(0).source().line();
  }

  /** The text the passage opens with, for its discourse marker. */
  String openingText() {
    return paragraphs.isEmpty() ? "" : paragraphs.get(0).text();
  }
}
