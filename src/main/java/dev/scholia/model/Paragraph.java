package dev.scholia.model;

import java.util.List;

/**
 * A paragraph of a thread with the footnotes whose markers it carries.
 *
 * @param source the line it was read from
 * @param text the prose, verbatim; for an explicitly marked quote ({@code > …}) without the marker
 * @param quote whether it quotes a parent comment
 * @param footnotes the definitions of the markers in {@code text}, in marker order
 */
public record Paragraph(SourceLine source, String text, boolean quote, List<Footnote> footnotes) {

  public Paragraph {
    footnotes = List.copyOf(footnotes);
  }

  /** Stands for a footnote marker in compared text; no thread contains it. */
  public static final char NOTE_MARK = '\uFFFC';

  /**
   * The text as the fidelity check compares it: verbatim, but with each attached footnote's
   * marker replaced by {@link #NOTE_MARK}, since a rendered marker is a footnote reference rather
   * than the characters {@code [n]}.
   */
  public String comparableText() {
    String out = text;
    for (Footnote note : footnotes) {
      out = out.replace(note.reference(), String.valueOf(NOTE_MARK));
    }
    return out;
  }

  /** The attached footnotes in the order their markers appear in the text. */
  public List<Footnote> footnotesInTextOrder() {
    return footnotes.stream()
        .sorted(java.util.Comparator.comparingInt(note -> text.indexOf(note.reference())))
        .toList();
  }
}
