package dev.scholia.fidelity;

import dev.scholia.markdown.ParsedEssay;
import dev.scholia.model.Diagnostic;
import dev.scholia.model.Diagnostics;
import dev.scholia.model.Discussion;
import dev.scholia.model.Footnote;
import dev.scholia.model.SourceLine;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.node.Node;

/**
 * Matches every author block of every essay to the thread by its exact text, through a hash index
 * of the thread's paragraphs and notes, so the check is linear in the size of the archive.
 *
 * <p>An author block is a paragraph outside annotations and footnote definitions, or a footnote
 * definition. A block that matches nothing is reported with the closest thread line and where the
 * two first differ; a thread unit claimed twice is a duplicate; one claimed never is lost. A
 * paragraph's footnote references must lead to the notes its thread paragraph carries, in order.
 */
public final class FidelityChecker {
  // Paragraphs and notes are indexed apart, by their text itself: a key made by concatenation
  // would copy and hash every paragraph of the thread twice more.
  private final Map<String, Deque<Unit>> unclaimedParagraphs = new HashMap<>();
  private final Map<String, Deque<Unit>> unclaimedNotes = new HashMap<>();
  private final List<Unit> units;
  private final Map<SourceLine, Unit> noteUnitOf;
  private final Map<SourceLine, String> claimedAt = new HashMap<>();
  private final IdentityHashMap<Node, SourceLine> lineOfNode = new IdentityHashMap<>();
  private final Map<SourceLine, Provenance.Placement> placements = new LinkedHashMap<>();
  private final Diagnostics diagnostics;

  private FidelityChecker(ThreadUnits thread, Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
    this.units = thread.units();
    this.noteUnitOf = thread.noteUnitOf();
    units.forEach(unit -> unclaimed(unit.note()).computeIfAbsent(unit.text(), k -> new ArrayDeque<>()).add(unit));
  }

  /** Checks {@code essays} against {@code discussions}; problems go to {@code diagnostics}. */
  public static Provenance check(List<Discussion> discussions, List<ParsedEssay> essays, Diagnostics diagnostics) {
    return check(discussions, essays, diagnostics, new FidelityCache());
  }

  /** As {@link #check(List, List, Diagnostics)}, reusing what {@code cache} holds from earlier builds. */
  public static Provenance check(List<Discussion> discussions, List<ParsedEssay> essays, Diagnostics diagnostics, FidelityCache cache) {
    ThreadUnits units = cache.units(discussions);
    List<EssayBlocks> blocks = cache.blocksOf(essays);
    Provenance replayed = cache.replay(units, essays, blocks);
    if (replayed != null) {
      return replayed;
    }
    Diagnostics found = new Diagnostics();
    FidelityChecker checker = new FidelityChecker(units, found);
    checker.checkAll(essays, blocks);
    checker.reportLost();
    diagnostics.addAll(found.all());
    Provenance provenance = new Provenance(checker.lineOfNode, checker.placements);
    cache.remember(units, essays, blocks, found.all().isEmpty() ? provenance : null);
    return provenance;
  }

  /**
   * Like {@link #check}, but a thread paragraph that no essay holds is not a problem: this is how
   * {@code split} learns what editors have already placed, so that it routes only the rest.
   */
  public static Provenance placements(List<Discussion> discussions, List<ParsedEssay> essays, Diagnostics diagnostics) {
    if (essays.isEmpty()) {
      // Nothing can be placed (a fresh split): indexing every paragraph of a large thread for no
      // lookup showed in split's profile (issue #7).
      return new Provenance(new IdentityHashMap<>(), Map.of());
    }
    FidelityCache fresh = new FidelityCache();
    FidelityChecker checker = new FidelityChecker(fresh.units(discussions), diagnostics);
    checker.checkAll(essays, fresh.blocksOf(essays));
    return new Provenance(checker.lineOfNode, checker.placements);
  }

  /**
   * Claims thread units essay by essay, in order: where the thread repeats a text, the first
   * essay to quote it takes the first unit (of a repeated paragraph, the first whose notes it
   * quotes). Only the essays' blocks are found in parallel.
   */
  private void checkAll(List<ParsedEssay> essays, List<EssayBlocks> blocks) {
    for (int i = 0; i < essays.size(); i++) {
      checkEssay(essays.get(i), blocks.get(i));
    }
  }

  private Map<String, Deque<Unit>> unclaimed(boolean note) {
    return note ? unclaimedNotes : unclaimedParagraphs;
  }

  /**
   * Paragraphs are matched first, then the definitions their references point to, as the very
   * notes their thread paragraphs carry: two comments may well have notes with the same text
   * ("ibid."), and matching those by text alone could pair a note with the wrong paragraph. Any
   * definition left over is then matched by its text.
   */
  private void checkEssay(ParsedEssay essay, EssayBlocks blocks) {
    List<Matched> matched = new ArrayList<>();
    for (EssayBlocks.Block paragraph : blocks.paragraphs()) {
      List<String> labels = paragraph.plain().noteLabels();
      Unit unit = claim(essay, paragraph.node(), false, paragraph.plain().text(), u -> quotesNotesOf(u, labels, blocks));
      if (unit != null) {
        matched.add(new Matched(paragraph, unit));
      }
    }
    Map<String, Unit> noteUnits = new HashMap<>();
    matched.forEach(m -> claimOwnNotes(essay, m.unit(), m.paragraph().plain().noteLabels(), blocks, noteUnits));
    for (FootnoteDefinition definition : blocks.definitions().values()) {
      if (!noteUnits.containsKey(definition.getLabel())) {
        Unit unit = claim(essay, definition, true, blocks.textOf(definition), u -> true);
        if (unit != null) {
          noteUnits.put(definition.getLabel(), unit);
        }
      }
    }
    matched.forEach(m -> checkNotes(essay, m.paragraph().node(), m.unit(), m.paragraph().plain().noteLabels(), noteUnits));
  }

  /** An essay paragraph and the thread unit it quotes. */
  private record Matched(EssayBlocks.Block paragraph, Unit unit) {}

  /** Claims, for each reference of a matched paragraph, the thread note it should quote, if it does. */
  private void claimOwnNotes(ParsedEssay essay, Unit paragraph, List<String> labels, EssayBlocks blocks, Map<String, Unit> noteUnits) {
    for (int i = 0; i < Math.min(labels.size(), paragraph.notes().size()); i++) {
      FootnoteDefinition definition = blocks.definitions().get(labels.get(i));
      Unit want = noteUnitOf.get(paragraph.notes().get(i).source());
      Deque<Unit> candidates = unclaimedNotes.get(want.text());
      if (definition != null && !noteUnits.containsKey(labels.get(i)) && blocks.textOf(definition).equals(want.text()) && removeSame(candidates, want)) {
        record(essay, definition, essay.lineOf(definition), want);
        noteUnits.put(labels.get(i), want);
      }
    }
  }

  /**
   * Removes {@code unit} itself from {@code units}. Each unit is one thing of the thread, so
   * identity is its equality; comparing records by value would also generate their {@code
   * equals} at run time, a cost a small archive's build notices (docs/performance.md).
   */
  private static boolean removeSame(Deque<Unit> units, Unit unit) {
    return units.removeIf(u -> u == unit);
  }

  /**
   * Whether the definitions {@code labels} point at quote {@code unit}'s notes, in order. A thread
   * may repeat a paragraph with other notes, and only the notes tell which copy a block quotes.
   */
  private static boolean quotesNotesOf(Unit unit, List<String> labels, EssayBlocks blocks) {
    if (unit.notes().size() != labels.size()) {
      return false;
    }
    for (int i = 0; i < labels.size(); i++) {
      FootnoteDefinition definition = blocks.definitions().get(labels.get(i));
      if (definition == null || !blocks.textOf(definition).equals(unit.notes().get(i).text())) {
        return false;
      }
    }
    return true;
  }

  /** Claims the first unclaimed unit with {@code text} that {@code preferred} accepts, else the first. */
  private Unit claim(ParsedEssay essay, Node block, boolean note, String text, Predicate<Unit> preferred) {
    int line = essay.lineOf(block);
    Deque<Unit> candidates = unclaimed(note).get(text);
    if (candidates == null || candidates.isEmpty()) {
      Unit twin = units.stream().filter(u -> u.note() == note && u.text().equals(text)).findFirst().orElse(null);
      if (twin != null) {
        diagnostics.add(
            Diagnostic.error(essay.source().path(), line, "duplicate of " + twin.line().location() + ", already quoted at " + claimedAt.get(twin.line()))
                .withHint("every paragraph of the thread appears exactly once; delete one of the two"));
      } else {
        diagnostics.add(notInThread(essay, line, note, text));
      }
      return null;
    }
    // Most texts occur once in a thread: only a repeated one has copies to choose between.
    Unit unit = candidates.size() == 1 ? candidates.peek() : candidates.stream().filter(preferred).findFirst().orElse(candidates.peek());
    removeSame(candidates, unit);
    record(essay, block, line, unit);
    return unit;
  }

  private void record(ParsedEssay essay, Node block, int line, Unit unit) {
    claimedAt.put(unit.line(), essay.source().path() + ":" + line);
    lineOfNode.put(block, unit.line());
    placements.put(unit.line(), new Provenance.Placement(essay.slug(), Provenance.anchorOf(unit.line()), unit.owner()));
  }

  private Diagnostic notInThread(ParsedEssay essay, int line, boolean note, String text) {
    Closest closest = Closest.find(units, note, text);
    String what = note ? "footnote" : "paragraph";
    Diagnostic d =
        Diagnostic.error(essay.source().path(), line, "this " + what + " is not in the thread" + (closest == null ? "" : "; closest is " + closest.describe()));
    if (note) {
      return d.withHint("footnotes must quote the thread's notes exactly");
    }
    if (closest != null && closest.atNoteMarker()) {
      return d.withHint(
          "the thread has a footnote marker there: give the reference its definition back, or delete the paragraph and run `scholia split` to restore both");
    }
    return d.withHint("quote the thread exactly, or mark editorial text as an annotation (`> [!NOTE]`)");
  }

  private void checkNotes(
      ParsedEssay essay, Node paragraph, Unit unit, List<String> labels, Map<String, Unit> noteUnits) {
    List<Footnote> expected = unit.notes();
    String where = essay.source().path();
    int line = essay.lineOf(paragraph);
    if (labels.size() != expected.size()) {
      diagnostics.add(
          Diagnostic.error(where, line, "expected " + expected.size() + " footnote reference(s) for " + unit.line().location() + ", found " + labels.size()));
      return;
    }
    for (int i = 0; i < labels.size(); i++) {
      Unit noteUnit = noteUnits.get(labels.get(i));
      Footnote want = expected.get(i);
      if (noteUnit != null && !noteUnit.line().equals(want.source())) {
        diagnostics.add(
            Diagnostic.error(where, line, "footnote [^" + labels.get(i) + "] here quotes " + noteUnit.line().location() + " but " + unit.line().location() + " carries the note at " + want.source().location())
                .withHint("point the reference at the definition quoting " + want.source().location()));
      }
    }
  }

  private void reportLost() {
    for (Unit unit : units) {
      if (!claimedAt.containsKey(unit.line())) {
        SourceLine line = unit.line();
        diagnostics.add(
            Diagnostic.error(line.seed(), line.line(), (unit.note() ? "footnote" : "paragraph") + " is in no essay" + neighbourHint(unit))
                .withHint("add it to an essay, or run `scholia split` to place unplaced paragraphs"));
      }
    }
  }

  private String neighbourHint(Unit lost) {
    String nearest = null;
    int distance = Integer.MAX_VALUE;
    int nearestLine = Integer.MAX_VALUE;
    for (Map.Entry<SourceLine, String> claimed : claimedAt.entrySet()) {
      SourceLine line = claimed.getKey();
      int d = Math.abs(line.line() - lost.line().line());
      // Ties go to the earlier line, so that the message does not depend on the order of
      // claimedAt, a hash map.
      boolean closer = d < distance || (d == distance && nearestLine > line.line());
      if (line.seed().equals(lost.line().seed()) && closer) {
        nearestLine = line.line();
        distance = d;
        nearest = "line " + line.line() + " is at " + claimed.getValue();
      }
    }
    return nearest == null ? "" : " (its neighbour " + nearest + ")";
  }
}
