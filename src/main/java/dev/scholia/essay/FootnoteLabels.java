package dev.scholia.essay;

import dev.scholia.fidelity.Provenance;
import dev.scholia.markdown.ParsedEssay;
import dev.scholia.model.SourceLine;
import java.util.HashMap;
import java.util.Map;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;

/**
 * The footnote labels an essay already uses. New labels start after the highest number, so they
 * are unique. A note the essay already defines keeps its definition: when an editor deletes a
 * paragraph but not its footnote, the restored paragraph must point at that definition, since
 * quoting the note a second time would duplicate it.
 *
 * @param firstFree the first number no reference or definition of the essay uses
 * @param ofNote the label of each thread note the essay defines, by the note's line
 */
record FootnoteLabels(int firstFree, Map<SourceLine, String> ofNote) {

  FootnoteLabels {
    ofNote = Map.copyOf(ofNote);
  }

  /** For a new essay, or any text with no footnotes yet: numbers from {@code firstFree}. */
  static FootnoteLabels startingAt(int firstFree) {
    return new FootnoteLabels(firstFree, Map.of());
  }

  /** @param placed where the thread's lines are placed, to know which note a definition quotes */
  static FootnoteLabels of(ParsedEssay essay, Provenance placed) {
    int[] highest = {0};
    Map<SourceLine, String> ofNote = new HashMap<>();
    essay.document()
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(CustomNode node) {
                if (node instanceof FootnoteReference reference) {
                  highest[0] = Math.max(highest[0], number(reference.getLabel()));
                }
                visitChildren(node);
              }

              @Override
              public void visit(CustomBlock block) {
                if (block instanceof FootnoteDefinition definition) {
                  highest[0] = Math.max(highest[0], number(definition.getLabel()));
                  SourceLine note = placed.lineOf(definition);
                  if (note != null) {
                    ofNote.put(note, definition.getLabel());
                  }
                }
                visitChildren(block);
              }
            });
    return new FootnoteLabels(highest[0] + 1, ofNote);
  }

  /** A label's number, or 0 for a label that is not a (reasonably short) number. */
  private static int number(String label) {
    return label.matches("\\d{1,9}") ? Integer.parseInt(label) : 0;
  }
}
