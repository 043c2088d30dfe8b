package dev.scholia.render;

import dev.scholia.markdown.PlainText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;

/**
 * An essay's sections for its table of contents: the headings in document order with the ids the
 * link stage gave them (the ids the page carries and that links were checked against).
 */
final class TableOfContents {
  private TableOfContents() {}

  /** The headings of {@code document} down to {@code maxLevel} ({@code 3}: h1 to h3). */
  static List<Heading> of(Map<Node, String> headingIds, Node document, int maxLevel) {
    List<Heading> out = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(org.commonmark.node.Heading heading) {
            String id = headingIds.get(heading);
            if (id != null && heading.getLevel() <= maxLevel) {
              out.add(new Heading(heading.getLevel(), id, PlainText.of(heading).text()));
            }
          }
        });
    return out;
  }
}
