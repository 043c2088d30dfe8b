package dev.scholia.markdown;

import dev.scholia.model.MarkdownText;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.Block;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The Markdown dialect of {@code content/}. Parsers are immutable and thread-safe, so one is
 * shared by every stage and every thread.
 */
public final class Markdown {
  public static final List<Extension> EXTENSIONS =
      List.of(FootnotesExtension.create(), TablesExtension.create(), HeadingAnchorExtension.create());

  private static final Parser PARSER =
      Parser.builder().extensions(EXTENSIONS).includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

  private Markdown() {}

  /**
   * Parses a content file's body. Blocks carry source spans, for the lines of messages, and so do
   * the inline nodes that messages point into: links and images (the column of a broken or refused
   * one) and text holding {@code [^} (an undefined footnote reference, told from an escaped
   * {@code \[^1\]} by its raw characters). Other inline nodes lose theirs: nothing reads them, and
   * a span, its list and the list's array for every text node were held to the end of a build
   * (about 70 MB at 16,000 essays).
   */
  public static Node parse(MarkdownText text) {
    Node document = PARSER.parse(text.text());
    dropUnreadSpans(document);
    return document;
  }

  private static void dropUnreadSpans(Node parent) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (!(node instanceof Block || node instanceof Link || node instanceof Image || mayBeNoteReference(node))) {
        node.setSourceSpans(List.of());
      }
      dropUnreadSpans(node);
    }
  }

  private static boolean mayBeNoteReference(Node node) {
    return node instanceof Text text && text.getLiteral().contains("[^");
  }

  /** The 1-based file line where {@code node} starts, or the body's first line if unknown. */
  public static int lineOf(MarkdownText text, Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (!n.getSourceSpans().isEmpty()) {
        return text.fileLine(n.getSourceSpans().get(0).getLineIndex());
      }
    }
    return text.firstLine();
  }
}
