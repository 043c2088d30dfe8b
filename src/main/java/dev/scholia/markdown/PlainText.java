package dev.scholia.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/**
 * The text a reader sees in a block, as the fidelity check compares it with the thread: the
 * literal characters (escapes resolved, emphasis and links reduced to their text), line breaks as
 * single spaces, and each footnote reference as {@link dev.scholia.model.Paragraph#NOTE_MARK} with its label kept apart.
 *
 * @param text the visible text
 * @param noteLabels the labels of the footnote references, in reading order
 */
public record PlainText(String text, List<String> noteLabels) {
  public static PlainText of(Node block) {
    if (block.getFirstChild() instanceof Text only && only.getNext() == null) {
      // Most paragraphs are one run of text: its literal is the plain text, with no copy. The
      // fidelity check takes the plain text of every paragraph, and copying each one (grown,
      // widened to UTF-16, copied again) was most of what it allocated.
      return new PlainText(only.getLiteral(), List.of());
    }
    StringBuilder out = new StringBuilder(sourceLength(block));
    List<String> labels = new ArrayList<>();
    block.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text text) {
            out.append(text.getLiteral());
          }

          @Override
          public void visit(Code code) {
            out.append(code.getLiteral());
          }

          @Override
          public void visit(HtmlInline html) {
            out.append(html.getLiteral());
          }

          @Override
          public void visit(SoftLineBreak softLineBreak) {
            out.append(' ');
          }

          @Override
          public void visit(HardLineBreak hardLineBreak) {
            out.append(' ');
          }

          @Override
          public void visit(org.commonmark.node.CustomNode node) {
            if (node instanceof FootnoteReference ref) {
              out.append(dev.scholia.model.Paragraph.NOTE_MARK);
              labels.add(ref.getLabel());
            } else {
              visitChildren(node);
            }
          }
        });
    return new PlainText(out.toString(), List.copyOf(labels));
  }

  /**
   * The length of the block's Markdown, which only loses characters on the way to plain text
   * (markup, escapes, entities): sized by it, the builder need not grow, copying as it goes.
   */
  private static int sourceLength(Node block) {
    int length = 0;
    for (SourceSpan span : block.getSourceSpans()) {
      length += span.getLength();
    }
    return length;
  }
}
