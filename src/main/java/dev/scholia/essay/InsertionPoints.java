package dev.scholia.essay;

import dev.scholia.fidelity.Provenance;
import dev.scholia.markdown.Annotations;
import dev.scholia.markdown.ParsedEssay;
import dev.scholia.model.SourceLine;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Node;

/**
 * Where new passages go in an essay editors already shaped: right after the block that quotes
 * the nearest earlier paragraph of the same thread (and the definitions of that block's own
 * footnotes that follow it), so a paragraph put back into an essay returns to its old place. A
 * passage with no earlier paragraph in the essay goes at the end.
 */
final class InsertionPoints {
  /** Stands for "after the last line of the body". */
  static final int END = Integer.MAX_VALUE;

  /**
   * A block of the essay quoting the thread.
   *
   * @param source the thread line it quotes
   * @param end the 0-based body line just after the block and the definitions of its notes that follow it
   */
  private record Anchor(SourceLine source, int end) {}

  private final List<Anchor> anchors;

  private InsertionPoints(List<Anchor> anchors) {
    this.anchors = anchors;
  }

  static InsertionPoints of(ParsedEssay essay, Provenance placed) {
    List<Anchor> anchors = new ArrayList<>();
    for (Node block = essay.document().getFirstChild(); block != null; block = block.getNext()) {
      SourceLine source = quoted(block, placed);
      if (source == null) {
        continue;
      }
      Node last = block;
      while (last.getNext() instanceof FootnoteDefinition definition && isNoteOf(definition, source, placed)) {
        last = definition;
      }
      anchors.add(new Anchor(source, lastLineIndex(last) + 1));
    }
    return new InsertionPoints(anchors);
  }

  /** The body line index to insert {@code passage} at, or {@link #END}. */
  int of(Passage passage) {
    Anchor best = null;
    for (Anchor anchor : anchors) {
      SourceLine s = anchor.source();
      if (s.seed().equals(passage.seed()) && s.line() < passage.firstLine() && (best == null || s.line() > best.source().line())) {
        best = anchor;
      }
    }
    return best == null ? END : best.end();
  }

  /**
   * The thread paragraph {@code block} quotes, or {@code null}. A footnote definition is no
   * anchor: notes follow every paragraph of their comment in the thread, so a note's line would
   * pull a passage from later paragraphs of that comment back to the note's own paragraph.
   */
  private static SourceLine quoted(Node block, Provenance placed) {
    if (block instanceof FootnoteDefinition) {
      return null;
    }
    if (block instanceof BlockQuote && !Annotations.isAnnotation(block)) {
      return block.getFirstChild() == null ? null : placed.lineOf(block.getFirstChild());
    }
    return placed.lineOf(block);
  }

  /**
   * Whether {@code definition} quotes a note of the paragraph at {@code source}. Another
   * paragraph's note (one whose paragraph was deleted and is being restored, or one of notes
   * gathered at the end of the essay) is not part of the block, so passages go before it.
   */
  private static boolean isNoteOf(FootnoteDefinition definition, SourceLine source, Provenance placed) {
    SourceLine note = placed.lineOf(definition);
    return note != null && source.equals(placed.placementOf(note).attachedTo());
  }

  private static int lastLineIndex(Node node) {
    var spans = node.getSourceSpans();
    return spans.isEmpty() ? 0 : spans.get(spans.size() - 1).getLineIndex();
  }
}
