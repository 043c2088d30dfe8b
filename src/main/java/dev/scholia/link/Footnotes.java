package dev.scholia.link;

import dev.scholia.fidelity.Provenance;
import dev.scholia.model.Diagnostic;
import dev.scholia.model.Diagnostics;
import dev.scholia.model.SourceLine;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Document;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/**
 * The footnotes of one body, numbered 1, 2, 3… in the order a reader meets their first reference,
 * whatever labels the Markdown uses, and placed after the block that references them (the
 * paragraph, or the list or table holding it) so they can sit beside it as sidenotes.
 *
 * <p>A note referenced from inside another note is numbered and placed after its referrer,
 * breadth-first, as commonmark's own footnote renderer orders them. Edited content is strict: a
 * reference with no definition (which CommonMark leaves as the literal text {@code [^x]}), a
 * definition nothing references, and a second definition of a label are errors.
 */
public final class Footnotes {
  /**
   * One note as the page shows it.
   *
   * @param number its number within the page
   * @param id the fragment id of the note: its thread line's anchor when it quotes the thread
   * @param definition the Markdown definition
   */
  public record Note(int number, String id, FootnoteDefinition definition) {}

  /**
   * One reference to a note.
   *
   * @param note the note it refers to
   * @param id the fragment id of the marker, for the note's way back
   */
  public record Marker(Note note, String id) {}

  private static final Pattern UNESCAPED_REFERENCE = Pattern.compile("(?<!\\\\)\\[\\^([^\\]\\s]+)\\]");

  private final Map<Node, Marker> markers;
  private final Map<Node, List<Note>> notesAfter;

  private Footnotes(Map<Node, Marker> markers, Map<Node, List<Note>> notesAfter) {
    this.markers = markers;
    this.notesAfter = notesAfter;
  }

  /** The marker a {@link FootnoteReference} renders as. */
  public Marker marker(Node reference) {
    return markers.get(reference);
  }

  /** The notes to place right after {@code block}, in number order; empty for most blocks. */
  public List<Note> notesAfter(Node block) {
    return notesAfter.getOrDefault(block, List.of());
  }

  /** Every fragment id the notes and markers put on the page. */
  List<String> ids() {
    List<String> ids = new ArrayList<>();
    markers.values().forEach(m -> ids.add(m.id()));
    notesAfter.values().forEach(notes -> notes.forEach(n -> ids.add(n.id())));
    return ids;
  }

  static Footnotes number(Body body, Provenance provenance, Diagnostics diagnostics) {
    Map<String, FootnoteDefinition> definitions = definitions(body, diagnostics);
    Numbering numbering = new Numbering(provenance, definitions);
    for (Node reference : referencesOutsideNotes(body.document())) {
      numbering.place(reference, host(reference));
    }
    for (FootnoteDefinition definition : definitions.values()) {
      if (!numbering.numbered.containsKey(definition)) {
        diagnostics.add(
            Diagnostic.error(body.path(), body.lineOf(definition), "footnote [^" + definition.getLabel() + "] is defined but never referenced")
                .withHint("add [^" + definition.getLabel() + "] where the note belongs, or delete the definition"));
      }
    }
    reportUndefined(body, diagnostics);
    return new Footnotes(numbering.markers, numbering.notesAfter);
  }

  /** Numbers notes and names markers while the body is walked in reading order. */
  private static final class Numbering {
    final Provenance provenance;
    final Map<String, FootnoteDefinition> definitions;
    final Map<FootnoteDefinition, Note> numbered = new IdentityHashMap<>();
    /** By identity, as {@code numbered}: there is one note per definition. */
    final Map<Note, Integer> referenceCount = new IdentityHashMap<>();
    final Map<Node, Marker> markers = new IdentityHashMap<>();
    final Map<Node, List<Note>> notesAfter = new IdentityHashMap<>();

    Numbering(Provenance provenance, Map<String, FootnoteDefinition> definitions) {
      this.provenance = provenance;
      this.definitions = definitions;
    }

    void place(Node reference, Node host) {
      Deque<Node> pending = new ArrayDeque<>(List.of(reference));
      while (!pending.isEmpty()) {
        Node next = pending.poll();
        FootnoteDefinition definition = definitions.get(key(((FootnoteReference) next).getLabel()));
        if (definition == null) {
          continue;
        }
        Note note = numbered.get(definition);
        if (note == null) {
          note = new Note(numbered.size() + 1, idOf(definition, numbered.size() + 1), definition);
          numbered.put(definition, note);
          notesAfter.computeIfAbsent(host, h -> new ArrayList<>()).add(note);
          pending.addAll(referencesIn(definition));
        }
        int count = referenceCount.merge(note, 1, Integer::sum);
        markers.put(next, new Marker(note, "fnref-" + note.number() + (count > 1 ? "-" + count : "")));
      }
    }

    private String idOf(FootnoteDefinition definition, int number) {
      SourceLine line = provenance == null ? null : provenance.lineOf(definition);
      return line == null ? "fn-" + number : Provenance.anchorOf(line);
    }
  }

  private static Map<String, FootnoteDefinition> definitions(Body body, Diagnostics diagnostics) {
    Map<String, FootnoteDefinition> out = new LinkedHashMap<>();
    body.document()
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(org.commonmark.node.CustomBlock block) {
                if (block instanceof FootnoteDefinition definition) {
                  FootnoteDefinition first = out.putIfAbsent(key(definition.getLabel()), definition);
                  if (first != null) {
                    diagnostics.add(
                        Diagnostic.error(body.path(), body.lineOf(definition), "footnote [^" + definition.getLabel() + "] is defined twice; first at line " + body.lineOf(first))
                            .withHint("give each note its own label"));
                  }
                }
                visitChildren(block);
              }
            });
    return out;
  }

  /** Footnote labels match case-insensitively, as link reference labels do. */
  private static String key(String label) {
    return label.toLowerCase(Locale.ROOT);
  }

  private static List<Node> referencesOutsideNotes(Node document) {
    List<Node> out = new ArrayList<>();
    for (Node child = document.getFirstChild(); child != null; child = child.getNext()) {
      if (!(child instanceof FootnoteDefinition)) {
        out.addAll(referencesIn(child));
      }
    }
    return out;
  }

  private static List<Node> referencesIn(Node node) {
    List<Node> out = new ArrayList<>();
    node.accept(
        new AbstractVisitor() {
          @Override
          public void visit(CustomNode custom) {
            if (custom instanceof FootnoteReference) {
              out.add(custom);
            }
            visitChildren(custom);
          }
        });
    return out;
  }

  /** The block a note is placed after: the nearest ancestor that sits in a flow of blocks. */
  private static Node host(Node reference) {
    Node node = reference;
    while (node.getParent() != null
        && !(node.getParent() instanceof Document
            || node.getParent() instanceof BlockQuote
            || node.getParent() instanceof ListItem)) {
      node = node.getParent();
    }
    return node;
  }

  /**
   * CommonMark keeps {@code [^x]} without a definition as text; the raw source tells it apart from
   * {@code \[^x\]}. Text holding {@code [^} keeps its source span for this ({@code Markdown.parse}
   * drops the spans of other text).
   */
  private static void reportUndefined(Body body, Diagnostics diagnostics) {
    String source = body.text().text();
    body.document()
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(Text text) {
                if (!text.getLiteral().contains("[^")) {
                  return;
                }
                for (SourceSpan span : text.getSourceSpans()) {
                  String raw = source.substring(span.getInputIndex(), span.getInputIndex() + span.getLength());
                  Matcher m = UNESCAPED_REFERENCE.matcher(raw);
                  while (m.find()) {
                    diagnostics.add(
                        Diagnostic.error(body.path(), body.text().fileLine(span.getLineIndex()), "footnote reference [^" + m.group(1) + "] has no definition")
                            .withColumn(span.getColumnIndex() + m.start() + 1)
                            .withHint("add a line `[^" + m.group(1) + "]: …` with the note, or write \\[^" + m.group(1) + "\\] for literal text"));
                  }
                }
              }
            });
  }
}
