package dev.scholia.link;

import dev.scholia.model.SourceLine;

/**
 * A reading path between two paragraphs of the thread that the split put in different essays.
 *
 * @param kind why the two belong together
 * @param from the paragraph read first
 * @param to the paragraph read next
 */
public record Continuation(Kind kind, SourceLine from, SourceLine to) {

  /** Why two paragraphs belong together. */
  public enum Kind {
    /** Consecutive parts of one comment ({@code Firstly …} then {@code Second …}, in that order). */
    PART,
    /** A paragraph that points to another by its ordinal ({@code see my second reply below}). */
    REFERENCE
  }
}
