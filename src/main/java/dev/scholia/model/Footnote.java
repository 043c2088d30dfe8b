package dev.scholia.model;

/**
 * An author's footnote from the thread: the definition line {@code [n] text}.
 *
 * @param marker the number between the brackets, as written ({@code "1"})
 * @param text the note's text after {@code "[n] "}, verbatim
 * @param source the definition line
 */
public record Footnote(String marker, String text, SourceLine source) {

  /** The marker as it appears in prose: {@code [1]}. */
  public String reference() {
    return "[" + marker + "]";
  }
}
