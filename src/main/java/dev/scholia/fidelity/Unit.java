package dev.scholia.fidelity;

import dev.scholia.model.Footnote;
import dev.scholia.model.SourceLine;
import java.util.List;

/**
 * One thing from the thread that must appear exactly once in the essays.
 *
 * @param line where it stands in the thread
 * @param text its comparable text (see {@link dev.scholia.model.Paragraph#comparableText()})
 * @param note whether it is a footnote definition rather than a paragraph
 * @param notes for a paragraph: its footnotes, in marker order
 * @param owner for a footnote: the paragraph line carrying its marker
 */
record Unit(SourceLine line, String text, boolean note, List<Footnote> notes, SourceLine owner) {}
