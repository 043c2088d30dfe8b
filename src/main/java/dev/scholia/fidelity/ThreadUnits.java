package dev.scholia.fidelity;

import dev.scholia.model.Comment;
import dev.scholia.model.Discussion;
import dev.scholia.model.Footnote;
import dev.scholia.model.Paragraph;
import dev.scholia.model.SourceLine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything of the threads that must appear in the essays, in thread order, with each note's
 * unit by its line. Depends on the threads alone, so a session makes it once per version of
 * {@code seeds/}.
 *
 * @param units paragraphs, their notes and stray notes, in thread order
 * @param noteUnitOf each footnote's unit, by its line
 */
record ThreadUnits(List<Unit> units, Map<SourceLine, Unit> noteUnitOf) {

  static ThreadUnits of(List<Discussion> discussions) {
    List<Unit> units = new ArrayList<>();
    Map<SourceLine, Unit> noteUnitOf = new HashMap<>();
    for (Discussion discussion : discussions) {
      for (Comment comment : discussion.comments()) {
        for (Paragraph paragraph : comment.paragraphs()) {
          units.add(new Unit(paragraph.source(), paragraph.comparableText(), false, paragraph.footnotesInTextOrder(), null));
          for (Footnote note : paragraph.footnotes()) {
            Unit unit = new Unit(note.source(), note.text(), true, List.of(), paragraph.source());
            units.add(unit);
            noteUnitOf.put(note.source(), unit);
          }
        }
        // A note whose marker is missing is imported as a plain paragraph, marker and all.
        for (Footnote stray : comment.strayNotes()) {
          units.add(new Unit(stray.source(), stray.source().text().stripTrailing(), false, List.of(), null));
        }
      }
    }
    return new ThreadUnits(List.copyOf(units), Map.copyOf(noteUnitOf));
  }
}
