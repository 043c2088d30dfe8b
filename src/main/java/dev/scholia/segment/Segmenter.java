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
 * Groups lines into comments, in two passes.
 *
 * <p>First the boundaries the text marks: a blank line, a byline (which opens the next comment)
 * and the end of a block of footnote definitions (authors put their notes at the end of a
 * comment). A thread that separates comments with blank lines marks all its boundaries, so the
 * second pass only runs when it has none: {@link Boundaries} then infers the comments inside each
 * marked group from discourse markers and topic continuity.
 *
 * <p>Footnotes are attached last, within their comment, so that the {@code [1]}s of different
 * comments never meet: a definition belongs to the nearest preceding paragraph of its comment
 * that carries its marker, and a definition whose marker no paragraph carries is kept as a stray
 * note of its comment, with a warning.
 */
public final class Segmenter {

  private Segmenter() {}

  /** Segments a plain-text thread. */
  public static Discussion segment(String seed, List<SourceLine> lines, Diagnostics diagnostics) {
    return segment(seed, lines, false, diagnostics);
  }

  /**
   * Segments the plain-text form of a thread export, whose comments are exactly its blank-line
   * separated groups: the export says where comments are, so nothing is inferred.
   */
  public static Discussion segmentExport(String seed, List<SourceLine> lines, Diagnostics diagnostics) {
    return segment(seed, lines, true, diagnostics);
  }

  private static Discussion segment(String seed, List<SourceLine> lines, boolean export, Diagnostics diagnostics) {
    List<List<SourceLine>> groups = markedGroups(lines, export);
    boolean marked = export || lines.stream().anyMatch(l -> l.kind() == LineKind.BLANK);
    Boundaries boundaries = marked ? null : new Boundaries(lines.stream().filter(Segmenter::isProse).toList());
    List<Comment> comments = new ArrayList<>();
    for (List<SourceLine> group : groups) {
      for (List<SourceLine> inferred : marked ? List.of(group) : refine(group, boundaries)) {
        comments.add(toComment("c" + (comments.size() + 1), inferred, diagnostics));
      }
    }
    return new Discussion(seed, lines, comments);
  }

  private static List<List<SourceLine>> markedGroups(List<SourceLine> lines, boolean blankOnly) {
    List<List<SourceLine>> groups = new ArrayList<>();
    List<SourceLine> current = new ArrayList<>();
    SourceLine previous = null;
    for (SourceLine line : lines) {
      boolean opens =
          line.kind() == LineKind.BYLINE
              || line.kind() == LineKind.BLANK
              || (!blankOnly && previous != null && previous.kind() == LineKind.FOOTNOTE && line.kind() != LineKind.FOOTNOTE);
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
    return groups;
  }

  /**
   * Splits a marked group into inferred comments. The byline stays with the first; each footnote
   * goes with the comment holding the paragraph that carries its marker, or with the last.
   */
  private static List<List<SourceLine>> refine(List<SourceLine> group, Boundaries boundaries) {
    List<SourceLine> prose = group.stream().filter(Segmenter::isProse).toList();
    if (prose.isEmpty()) {
      return List.of(group);
    }
    List<List<SourceLine>> parts = new ArrayList<>();
    for (List<SourceLine> part : boundaries.split(prose)) {
      parts.add(new ArrayList<>(part));
    }
    for (SourceLine line : group) {
      if (line.kind() == LineKind.BYLINE) {
        parts.get(0).add(0, line);
      } else if (line.kind() == LineKind.FOOTNOTE) {
        parts.get(partCarrying(parts, line)).add(line);
      }
    }
    return parts;
  }

  private static int partCarrying(List<List<SourceLine>> parts, SourceLine note) {
    String reference = "[" + LineClassifier.footnoteMarker(note.text()) + "]";
    for (int i = parts.size() - 1; i >= 0; i--) {
      for (SourceLine line : parts.get(i)) {
        if (isProse(line) && line.line() < note.line() && line.text().contains(reference)) {
          return i;
        }
      }
    }
    return parts.size() - 1;
  }

  private static boolean isProse(SourceLine line) {
    return line.kind() == LineKind.TEXT || line.kind() == LineKind.QUOTE;
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
            notes.add(new Footnote(LineClassifier.footnoteMarker(line.text()), LineClassifier.footnoteText(line.text()), line));
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
      // Trailing white space is invisible and Markdown cannot keep it, so it is not part of the text.
      String text = (quote ? LineClassifier.quoteText(line.text()) : line.text()).stripTrailing();
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
