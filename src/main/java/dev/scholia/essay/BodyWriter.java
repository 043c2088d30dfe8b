package dev.scholia.essay;

import dev.scholia.markdown.Markdown;
import dev.scholia.model.Footnote;
import dev.scholia.model.Paragraph;
import dev.scholia.model.SourceLine;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.markdown.MarkdownRenderer;

/**
 * Writes passages as Markdown that renders to exactly the thread's text. The body is built as a
 * commonmark-java syntax tree (thread text as {@link Text} nodes, markers as footnote references,
 * quotes as block quotes) and serialised by commonmark-java's {@link MarkdownRenderer}, which
 * escapes whatever Markdown would otherwise read as syntax. Each footnote definition follows the
 * paragraph that references it, and labels count up from the first free number of the essay; a
 * note the essay already defines is referenced by its label and not defined again.
 */
final class BodyWriter {
  private static final MarkdownRenderer RENDERER = MarkdownRenderer.builder().extensions(Markdown.EXTENSIONS).build();

  private final Map<SourceLine, String> definedNotes;
  private int nextLabel;

  /** @param labels the labels the essay already uses */
  BodyWriter(FootnoteLabels labels) {
    this.definedNotes = labels.ofNote();
    this.nextLabel = labels.firstFree();
  }

  String write(List<Passage> passages) {
    Document document = new Document();
    for (Passage passage : passages) {
      for (Paragraph paragraph : passage.paragraphs()) {
        appendParagraph(document, paragraph);
      }
      for (Footnote stray : passage.strayNotes()) {
        // Quoted whole, marker and all: the author gave it no place to attach to.
        document.appendChild(paragraph(new Text(stray.source().text().stripTrailing())));
      }
    }
    return unescapedPlusFixed(RENDERER.render(document));
  }

  private void appendParagraph(Document document, Paragraph paragraph) {
    org.commonmark.node.Paragraph block = new org.commonmark.node.Paragraph();
    String text = paragraph.text();
    int from = 0;
    List<FootnoteDefinition> definitions = new java.util.ArrayList<>();
    for (Footnote note : paragraph.footnotesInTextOrder()) {
      int at = text.indexOf(note.reference(), from);
      if (at < 0) {
        continue;
      }
      appendText(block, text.substring(from, at));
      String label = definedNotes.get(note.source());
      if (label == null) {
        label = String.valueOf(nextLabel++);
        FootnoteDefinition definition = new FootnoteDefinition(label);
        definition.appendChild(paragraph(new Text(note.text())));
        definitions.add(definition);
      }
      block.appendChild(new FootnoteReference(label));
      from = at + note.reference().length();
    }
    appendText(block, text.substring(from));
    if (paragraph.quote()) {
      BlockQuote quote = new BlockQuote();
      quote.appendChild(block);
      document.appendChild(quote);
    } else {
      document.appendChild(block);
    }
    definitions.forEach(document::appendChild);
  }

  private static void appendText(Node block, String text) {
    if (!text.isEmpty()) {
      block.appendChild(new Text(text));
    }
  }

  private static org.commonmark.node.Paragraph paragraph(Node child) {
    org.commonmark.node.Paragraph p = new org.commonmark.node.Paragraph();
    p.appendChild(child);
    return p;
  }

  /**
   * commonmark-java 0.28's renderer escapes a leading {@code -} or {@code 1.} but not a leading
   * {@code +}, which would start a list; this adds the one missing backslash. The split verifies
   * its output against the thread before writing, so any other gap would be caught, not written.
   */
  private static String unescapedPlusFixed(String markdown) {
    if (markdown.indexOf('+') < 0) {
      return markdown; // nothing to fix, and no regular expression run over megabytes of essay
    }
    return markdown.replaceAll("(?m)^((?:> )?)\\+(?=[ \\t]|$)", "$1\\\\+");
  }
}
