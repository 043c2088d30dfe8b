package dev.scholia.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scholia.model.MarkdownText;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.junit.jupiter.api.Test;

class MarkdownTest {
  private static final MarkdownText TEXT =
      new MarkdownText("content/essays/e.md", 4, "First line,\nthen *a* [link](other.md) and ![an image](i.png) on the second.\n");

  @Test
  void textThatMayBeAFootnoteReferenceKeepsItsPlace() {
    MarkdownText text = new MarkdownText("content/essays/e.md", 4, "One,\ntwo [^missing] and \\[^escaped\\].\n");
    Text second = (Text) Markdown.parse(text).getFirstChild().getLastChild();
    assertEquals("two [^missing] and [^escaped].", second.getLiteral());
    assertEquals(1, second.getSourceSpans().get(0).getLineIndex());
  }

  @Test
  void linksAndImagesKeepTheirPlaceOtherInlineNodesOnlyTheirBlocks() {
    Node document = Markdown.parse(TEXT);
    List<String> seen = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Link link) {
            assertEquals(1, link.getSourceSpans().get(0).getLineIndex());
            assertEquals(9, link.getSourceSpans().get(0).getColumnIndex());
            assertEquals(5, Markdown.lineOf(TEXT, link));
            seen.add("link");
          }

          @Override
          public void visit(Image image) {
            assertEquals(1, image.getSourceSpans().get(0).getLineIndex());
            seen.add("image");
          }

          @Override
          public void visit(Emphasis emphasis) {
            assertTrue(emphasis.getSourceSpans().isEmpty());
            seen.add("emphasis");
            visitChildren(emphasis);
          }

          @Override
          public void visit(Text text) {
            assertTrue(text.getSourceSpans().isEmpty());
            // Its paragraph's first line, though this text may be on the second.
            assertEquals(4, Markdown.lineOf(TEXT, text));
            seen.add(text.getLiteral());
          }
        });
    assertEquals(List.of("First line,", "then ", "emphasis", "a", " ", "link", " and ", "image", " on the second."), seen);
    assertEquals(4, Markdown.lineOf(TEXT, document.getFirstChild()));
  }
}
