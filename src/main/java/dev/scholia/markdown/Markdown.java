package dev.scholia.markdown;

import dev.scholia.model.MarkdownText;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.Node;
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
   * Parses a content file's body. Blocks and inlines carry source spans: lines for messages, and
   * the raw characters behind a text node (to tell {@code [^1]} from an escaped {@code \[^1\]}).
   */
  public static Node parse(MarkdownText text) {
    return PARSER.parse(text.text());
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
