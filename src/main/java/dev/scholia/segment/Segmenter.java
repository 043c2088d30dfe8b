package dev.scholia.segment;

import dev.scholia.model.Comment;
import dev.scholia.model.Diagnostic;
import dev.scholia.model.Diagnostics;
import dev.scholia.model.Discussion;
import dev.scholia.model.Footnote;
import dev.scholia.model.LineKind;
import dev.scholia.model.Paragraph;
import dev.scholia.model.SourceLine;
import dev.scholia.thread.LineClassifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups lines into comments. A comment ends where the text marks it: at a blank line, before a
 * byline (which opens the next comment) and after a block of footnote definitions (authors put
 * their notes at the end of a comment). Footnotes are attached afterwards, within their comment,
 * so that the three {@code [1]}s of three comments never meet.
 */
public final class Segmenter {

  private Segmenter() {}

  public static Discussion segment(String seed, List<SourceLine> lines, Diagnostics diagnostics) {
    List<List<SourceLine>> groups = new ArrayList<>();
    List<SourceLine> current = new ArrayList<>();
    SourceLine previous = null;
    for (SourceLine line : lines) {
      boolean opens =
          line.kind() == LineKind.BYLINE
              || line.kind() == LineKind.BLANK
              || (previous != null
                  && previous.kind() == LineKind.FOOTNOTE
                  && line.kind() != LineKind.FOOTNOTE);
      if (opens && hasContent(current)) {
        groups.add(current);
        current = new ArrayList<>();
      }
      if (line.kind() != LineKind.BLANK) {
        current.add(line);
      }
      previous = line;
    }
    if (hasContent(current)) {
      groups.add(current);
    }
    List<Comment> comments = new ArrayList<>();
    for (List<SourceLine> group : groups) {
      comments.add(toComment("c" + (comments.size() + 1), group, diagnostics));
    }
    return new Discussion(seed, lines, comments);
  }

  private static boolean hasContent(List<SourceLine> group) {
    return group.stream().anyMatch(l -> l.kind() != LineKind.BYLINE);
  }

  private static Comment toComment(String id, List<SourceLine> group, Diagnostics diagnostics) {
    SourceLine byline = null;
    List<SourceLine> prose = new ArrayList<>();
    List<Footnote> notes = new ArrayList<>();
    for (SourceLine line : group) {
      switch (line.kind()) {
        case BYLINE -> byline = line;
        case FOOTNOTE ->
            notes.add(
                new Footnote(
                    LineClassifier.footnoteMarker(line.text()),
                    LineClassifier.footnoteText(line.text()),
                    line));
        default -> prose.add(line);
      }
    }
    List<List<Footnote>> attached = new ArrayList<>();
    prose.forEach(p -> attached.add(new ArrayList<>()));
    List<Footnote> stray = new ArrayList<>();
    for (Footnote note : notes) {
      int owner = nearestCarrier(prose, note);
      if (owner < 0) {
        stray.add(note);
        diagnostics.add(
            Diagnostic.warning(
                    note.source().seed(),
                    note.source().line(),
                    "footnote " + note.reference() + " has no marker in its comment; kept as a note of the comment")
                .withHint("add " + note.reference() + " to the paragraph it belongs to"));
      } else {
        attached.get(owner).add(note);
      }
    }
    List<Paragraph> paragraphs = new ArrayList<>();
    for (int i = 0; i < prose.size(); i++) {
      SourceLine line = prose.get(i);
      boolean quote = line.kind() == LineKind.QUOTE;
      String text = quote ? LineClassifier.quoteText(line.text()) : line.text();
      paragraphs.add(new Paragraph(line, text, quote, attached.get(i)));
    }
    return new Comment(id, byline == null ? null : byline.text().strip(), byline, paragraphs, stray);
  }

  /** The last paragraph before the note whose text carries the note's marker, or -1. */
  private static int nearestCarrier(List<SourceLine> prose, Footnote note) {
    for (int i = prose.size() - 1; i >= 0; i--) {
      SourceLine line = prose.get(i);
      if (line.line() < note.source().line() && line.text().contains(note.reference())) {
        return i;
      }
    }
    return -1;
  }
}
