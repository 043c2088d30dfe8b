package dev.scholia.model;

import java.util.List;

/**
 * A whole source thread: every line as read, and the comments the segmenter found in it.
 *
 * @param seed the thread file, relative to the archive root
 * @param lines every line of the file, in order, blank ones included
 * @param comments the comments in thread order
 */
public record Discussion(String seed, List<SourceLine> lines, List<Comment> comments) {

  public Discussion {
    lines = List.copyOf(lines);
    comments = List.copyOf(comments);
  }

  /** Every paragraph of every comment, in thread order. */
  public List<Paragraph> paragraphs() {
    return comments.stream().flatMap(c -> c.paragraphs().stream()).toList();
  }
}
