package dev.scholia.model;

import java.util.Locale;

/** What a line of a source thread is, as recorded in {@code site/source-map.json}. */
public enum LineKind {
  /** A paragraph of the author's prose. */
  TEXT,
  /** A footnote definition, {@code [n] note}, belonging to a paragraph that carries {@code [n]}. */
  FOOTNOTE,
  /** A line holding only a user handle: the author of the comment that follows. */
  BYLINE,
  /** A fragment quoted from a parent comment. */
  QUOTE,
  /** An empty line: an explicit comment boundary. */
  BLANK;

  /** The lower-case name used in the source map and in documentation. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
