package dev.scholia.essay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scholia.markdown.Markdown;
import dev.scholia.markdown.PlainText;
import dev.scholia.model.Comment;
import dev.scholia.model.Footnote;
import dev.scholia.model.LineKind;
import dev.scholia.model.MarkdownText;
import dev.scholia.model.Paragraph;
import dev.scholia.model.SourceLine;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The essay body renders exactly the thread's text, whatever Markdown it happens to contain. */
class BodyWriterTest {
  private static Paragraph paragraph(String text, boolean quote, Footnote... notes) {
    return new Paragraph(new SourceLine("seeds/t.txt", 1, quote ? LineKind.QUOTE : LineKind.TEXT, text), text, quote, List.of(notes));
  }

  private static Passage passage(Paragraph... paragraphs) {
    return new Passage("seeds/t.txt", new Comment("c1", null, null, List.of(paragraphs), List.of()), List.of(paragraphs), List.of());
  }

  /** The top-level blocks of {@code markdown} as the fidelity check reads them. */
  private static List<String> blocks(String markdown) {
    List<String> out = new ArrayList<>();
    Node document = Markdown.parse(new MarkdownText("e.md", 1, markdown));
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      String prefix = block instanceof BlockQuote ? "quote:" : block instanceof FootnoteDefinition d ? "note " + d.getLabel() + ":" : "";
      out.add(prefix + PlainText.of(block).text());
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "*not emphasis* and _not_ either", "<script>alert(1)</script>", "# not a heading", "1. not a list",
        "+ not a list", "- not a list", "> not a quote", "---", "===", "`not code`", "[not a link](http://x.y)",
        "[^1] not a footnote", "a \\ backslash and \\* an escape", "&amp; stays &amp;", "| a | b |", "    four spaces",
        "[!NOTE] not an annotation", "~~not struck~~", "100% <3 & 5 > 4", "ends with two spaces  x", "tab\there",
      })
  void markdownSpecialCharactersInTheThreadStayLiteral(String text) {
    String markdown = new BodyWriter(FootnoteLabels.startingAt(1)).write(List.of(passage(paragraph(text, false))));
    assertEquals(List.of(text), blocks(markdown), "written as: " + markdown);
  }

  @Test
  void footnotesAreNumberedFromTheFirstFreeLabelAndFollowTheirParagraph() {
    SourceLine noteLine = new SourceLine("seeds/t.txt", 3, LineKind.FOOTNOTE, "[1] A *note*.");
    Paragraph carrier = paragraph("Soil [1] first.", false, new Footnote("1", "A *note*.", noteLine));
    String markdown = new BodyWriter(FootnoteLabels.startingAt(4)).write(List.of(passage(carrier, paragraph("quoted [x]", true))));
    assertEquals("Soil [^4] first.\n\n[^4]: A \\*note\\*.\n\n> quoted \\[x\\]\n", markdown);
    assertEquals(List.of("Soil \uFFFC first.", "note 4:A *note*.", "quote:quoted [x]"), blocks(markdown));
  }

  @Test
  void aNoteTheEssayAlreadyDefinesIsReferencedByItsLabelAndNotDefinedAgain() {
    SourceLine kept = new SourceLine("seeds/t.txt", 3, LineKind.FOOTNOTE, "[1] Kept by the editor.");
    SourceLine lost = new SourceLine("seeds/t.txt", 4, LineKind.FOOTNOTE, "[2] Deleted with it.");
    Paragraph carrier = paragraph("Soil [1] and [2].", false, new Footnote("1", "Kept by the editor.", kept), new Footnote("2", "Deleted with it.", lost));
    String markdown = new BodyWriter(new FootnoteLabels(5, java.util.Map.of(kept, "2"))).write(List.of(passage(carrier)));
    assertEquals("Soil [^2] and [^5].\n\n[^5]: Deleted with it.\n", markdown);
  }
}
