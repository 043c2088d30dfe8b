package dev.scholia.markdown;

import dev.scholia.model.Diagnostic;
import dev.scholia.model.Diagnostics;
import dev.scholia.model.MarkdownText;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * Refuses links and images whose URL scheme could run code or leave the web ({@code javascript:},
 * {@code vbscript:}, {@code data:}, {@code file:}…). The renderer would neutralise them anyway; an
 * error naming the file and line tells the pull request's author instead of silently publishing
 * a dead link. Allowed: relative URLs, fragments, and {@code http}, {@code https}, {@code mailto},
 * {@code tel}.
 *
 * <p>The scheme is read the way browsers read it: leading spaces and control characters are
 * skipped, tabs and newlines inside are ignored, and case does not matter, so
 * {@code " JaVa\tScript:"} is caught too.
 */
public final class LinkSchemes {
  public static final Set<String> ALLOWED = Set.of("http", "https", "mailto", "tel");

  private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.\\-]*):");
  private static final int SHOWN = 60;

  private LinkSchemes() {}

  /** Reports every link or image of {@code document} (parsed from {@code text}) with an unsafe scheme. */
  public static void check(MarkdownText text, Node document, Diagnostics diagnostics) {
    document.accept(
        new AbstractVisitor() {
          /** The text's lines, split only to locate a refused link: nearly every body has none. */
          private String[] lines;

          @Override
          public void visit(Link link) {
            report(link, link.getDestination());
            visitChildren(link);
          }

          @Override
          public void visit(Image image) {
            report(image, image.getDestination());
            visitChildren(image);
          }

          private void report(Node node, String destination) {
            String scheme = schemeOf(destination);
            if (scheme == null || ALLOWED.contains(scheme)) {
              return;
            }
            if (lines == null) {
              lines = text.text().split("\n", -1);
            }
            int[] where = locate(text, lines, node, scheme);
            diagnostics.add(
                Diagnostic.error(
                        text.path(),
                        where[0],
                        (node instanceof Image ? "image" : "link") + " to `" + shorten(destination) + "` uses the unsafe URL scheme `" + scheme + ":`")
                    .withColumn(where[1])
                    .withHint("only relative links and http:, https:, mailto: and tel: URLs are published; remove the link or point it at a web page"));
          }
        });
  }

  /** The lower-case scheme of {@code url} as a browser would read it, or {@code null} if relative. */
  public static String schemeOf(String url) {
    StringBuilder cleaned = new StringBuilder(url.length());
    int start = 0;
    while (start < url.length() && url.charAt(start) <= ' ') {
      start++;
    }
    for (int i = start; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c != '\t' && c != '\n' && c != '\r') {
        cleaned.append(c);
      }
    }
    Matcher m = SCHEME.matcher(cleaned);
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
  }

  /**
   * The file line and column of the scheme in the node's lines: the scheme is looked for from
   * where the node's source span starts (or, without one, its block's), falling back to its first
   * line.
   */
  private static int[] locate(MarkdownText text, String[] lines, Node node, String scheme) {
    Node block = node;
    while (block != null && block.getSourceSpans().isEmpty()) {
      block = block.getParent();
    }
    if (block == null) {
      return new int[] {text.firstLine(), 0};
    }
    for (SourceSpan span : block.getSourceSpans()) {
      int index = span.getLineIndex();
      if (index < lines.length) {
        int column = lines[index].toLowerCase(Locale.ROOT).indexOf(scheme + ":", span.getColumnIndex());
        if (column >= 0) {
          return new int[] {text.fileLine(index), column + 1};
        }
      }
    }
    return new int[] {text.fileLine(block.getSourceSpans().get(0).getLineIndex()), 0};
  }

  private static String shorten(String url) {
    return url.length() <= SHOWN ? url : url.substring(0, SHOWN) + "…";
  }
}
