package dev.scholia.model;

import java.util.List;

/**
 * One comment of a discussion: consecutive paragraphs by one author.
 *
 * @param id a stable identifier within the discussion ({@code c3}, or the export's own id)
 * @param author the user handle, or {@code null} when the thread does not say
 * @param byline the byline line naming the author, or {@code null}
 * @param paragraphs the comment's paragraphs in thread order
 * @param strayNotes footnote definitions whose marker no paragraph of the comment carries
 */
public record Comment(
    String id, String author, SourceLine byline, List<Paragraph> paragraphs, List<Footnote> strayNotes) {

  public Comment {
    paragraphs = List.copyOf(paragraphs);
    strayNotes = List.copyOf(strayNotes);
  }
}
