package dev.scholia.link;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * The fragment id of every heading of a body, made the way commonmark's heading-anchor extension
 * makes them ({@code ## Why it matters} → {@code why-it-matters}, repeats numbered). Computed here,
 * once, so that the link check and the rendered page agree on them by construction.
 */
final class HeadingIds {
  private HeadingIds() {}

  static Map<Node, String> of(Node document) {
    IdGenerator ids = IdGenerator.builder().defaultId("section").build();
    Map<Node, String> out = new IdentityHashMap<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Heading heading) {
            out.put(heading, ids.generateId(textOf(heading).strip().toLowerCase(Locale.ROOT)));
          }
        });
    return out;
  }

  private static String textOf(Heading heading) {
    StringBuilder text = new StringBuilder();
    heading.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text t) {
            text.append(t.getLiteral());
          }

          @Override
          public void visit(Code code) {
            text.append(code.getLiteral());
          }
        });
    return text.toString();
  }
}
