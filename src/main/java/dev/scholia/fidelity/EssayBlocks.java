package dev.scholia.fidelity;

import dev.scholia.markdown.Annotations;
import dev.scholia.markdown.PlainText;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * An essay's author blocks with the text the check compares: its paragraphs outside annotations
 * and footnote definitions, and its footnote definitions by label (the first of a repeated
 * label). Depends on the syntax tree alone, so a session finds it once per parse.
 *
 * @param paragraphs the paragraphs in document order, with their plain text
 * @param definitions the footnote definitions by label, in document order
 * @param noteTexts each definition's text, paragraphs joined by a space
 */
record EssayBlocks(List<Block> paragraphs, Map<String, FootnoteDefinition> definitions, Map<FootnoteDefinition, String> noteTexts) {

  /** A paragraph node and what a reader sees of it. */
  record Block(Paragraph node, PlainText plain) {}

  static EssayBlocks of(Node document) {
    Map<String, FootnoteDefinition> definitions = new LinkedHashMap<>();
    List<Paragraph> paragraphs = new ArrayList<>();
    collect(document, definitions, paragraphs);
    Map<FootnoteDefinition, String> noteTexts = new IdentityHashMap<>();
    definitions.values().forEach(d -> noteTexts.put(d, plainTextOf(d)));
    return new EssayBlocks(paragraphs.stream().map(p -> new Block(p, PlainText.of(p))).toList(), definitions, noteTexts);
  }

  String textOf(FootnoteDefinition definition) {
    return noteTexts.get(definition);
  }

  /**
   * Whether the check would claim the same thread units for these blocks as for {@code other}'s:
   * the same paragraph texts with the same note labels, and the same definitions, in order. An
   * edit to a title or an annotation changes none of them.
   */
  boolean claimsAlike(EssayBlocks other) {
    if (other == this) {
      return true;
    }
    if (paragraphs.size() != other.paragraphs.size() || !List.copyOf(definitions.keySet()).equals(List.copyOf(other.definitions.keySet()))) {
      return false;
    }
    for (int i = 0; i < paragraphs.size(); i++) {
      PlainText mine = paragraphs.get(i).plain();
      PlainText theirs = other.paragraphs.get(i).plain();
      if (!mine.text().equals(theirs.text()) || !mine.noteLabels().equals(theirs.noteLabels())) {
        return false;
      }
    }
    for (String label : definitions.keySet()) {
      if (!textOf(definitions.get(label)).equals(other.textOf(other.definitions.get(label)))) {
        return false;
      }
    }
    return true;
  }

  private static void collect(Node node, Map<String, FootnoteDefinition> definitions, List<Paragraph> paragraphs) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (Annotations.isAnnotation(child)) {
        continue;
      }
      if (child instanceof FootnoteDefinition definition) {
        definitions.putIfAbsent(definition.getLabel(), definition);
      } else if (child instanceof Paragraph paragraph) {
        paragraphs.add(paragraph);
      } else {
        collect(child, definitions, paragraphs);
      }
    }
  }

  private static String plainTextOf(FootnoteDefinition definition) {
    StringBuilder text = new StringBuilder();
    for (Node child = definition.getFirstChild(); child != null; child = child.getNext()) {
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(PlainText.of(child).text());
    }
    return text.toString();
  }
}
