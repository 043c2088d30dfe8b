package dev.scholia.essay;

import dev.scholia.fidelity.Provenance;
import dev.scholia.markdown.Annotations;
import dev.scholia.markdown.ParsedEssay;
import dev.scholia.model.Paragraph;
import dev.scholia.model.SourceLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Node;

/**
 * Where new passages go in an essay editors already shaped: right after the block that quotes
 * the nearest earlier paragraph of the same thread (and the definitions of that block's own
 * footnotes that follow it), so a paragraph put back into an essay returns to its old place. A
 * passage with no earlier paragraph in the essay goes at the end.
 *
 * <p>The reading order moves a comment ("Firstly, …") ahead of an earlier one ("Second, …"), so
 * the block just before a restored paragraph may be followed by blocks quoting still earlier
 * lines. A paragraph of another comment than that block's goes after those too, where the
 * reading order had put it; one of the block's own comment stays beside it.
 */
final class InsertionPoints {
  /** Stands for "after the last line of the body". */
  static final int END = Integer.MAX_VALUE;

  /**
   * A block of the essay quoting the thread.
   *
   * @param source the thread line it quotes
   * @param end the 0-based body line just after the block and the definitions of its notes that follow it
   * @param followsAnchor whether the block comes right after the previous anchor, nothing between
   */
  private record Anchor(SourceLine source, int end, boolean followsAnchor) {}

  private final List<Anchor> anchors;

  private InsertionPoints(List<Anchor> anchors) {
    this.anchors = anchors;
  }

  static InsertionPoints of(ParsedEssay essay, Provenance placed) {
    List<Anchor> anchors = new ArrayList<>();
    Node previousEnd = null;
    for (Node block = essay.document().getFirstChild(); block != null; block = block.getNext()) {
      SourceLine source = quoted(block, placed);
      if (source == null) {
        continue;
      }
      boolean followsAnchor = previousEnd != null && block.getPrevious() == previousEnd;
      Node last = block;
      while (last.getNext() instanceof FootnoteDefinition definition && isNoteOf(definition, source, placed)) {
        last = definition;
      }
      anchors.add(new Anchor(source, lastLineIndex(last) + 1, followsAnchor));
      previousEnd = last;
    }
    return new InsertionPoints(anchors);
  }

  /**
   * The passages, in order, by the body line index each goes to ({@link #END} for the end). A
   * passage is cut where its paragraphs go to different points: that happens only when the essay
   * holds other paragraphs of the same comment between them, and then each paragraph put back
   * returns beside its own neighbours. A comment new to the essay stays together.
   */
  Map<Integer, List<Passage>> place(List<Passage> passages) {
    Map<Integer, List<Passage>> byPoint = new TreeMap<>();
    for (Passage passage : passages) {
      List<Paragraph> piece = new ArrayList<>();
      int point = of(passage, passage.firstLine());
      for (Paragraph paragraph : passage.paragraphs()) {
        int here = of(passage, paragraph.source().line());
        if (here != point && !piece.isEmpty()) {
          byPoint.computeIfAbsent(point, k -> new ArrayList<>()).add(new Passage(passage.seed(), passage.comment(), piece, List.of()));
          piece = new ArrayList<>();
        }
        piece.add(paragraph);
        point = here;
      }
      // Stray notes follow the comment's last paragraph, as in a new essay.
      byPoint.computeIfAbsent(point, k -> new ArrayList<>()).add(new Passage(passage.seed(), passage.comment(), piece, passage.strayNotes()));
    }
    return byPoint;
  }

  /** The body line index to insert the part of {@code passage} starting at its thread line {@code line} at, or {@link #END}. */
  private int of(Passage passage, int line) {
    int best = -1;
    for (int i = 0; i < anchors.size(); i++) {
      if (precedes(anchors.get(i), passage, line) && (best < 0 || anchors.get(i).source().line() > anchors.get(best).source().line())) {
        best = i;
      }
    }
    if (best < 0) {
      return END;
    }
    if (!inComment(passage, anchors.get(best).source())) {
      while (best + 1 < anchors.size() && anchors.get(best + 1).followsAnchor() && precedes(anchors.get(best + 1), passage, line)) {
        best++;
      }
    }
    return anchors.get(best).end();
  }

  /** Whether the anchor quotes a line of the passage's thread before {@code line}. */
  private static boolean precedes(Anchor anchor, Passage passage, int line) {
    return anchor.source().seed().equals(passage.seed()) && anchor.source().line() < line;
  }

  private static boolean inComment(Passage passage, SourceLine line) {
    return passage.comment().paragraphs().stream().anyMatch(p -> p.source().equals(line));
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
