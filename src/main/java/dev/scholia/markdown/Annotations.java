package dev.scholia.markdown;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * Editor's annotations: a blockquote whose first line is {@code [!NOTE]}, the form GitHub renders
 * as a note callout, so an annotation reads as one in a pull request too:
 *
 * <pre>
 * > [!NOTE]
 * > "The green book" is what the regulars call the club's rule book …
 * </pre>
 *
 * Annotations are the editors' words, not the author's: the fidelity check skips them and the
 * renderer labels them.
 */
public final class Annotations {
  public static final String MARKER = "[!NOTE]";

  private Annotations() {}

  public static boolean isAnnotation(Node node) {
    if (!(node instanceof BlockQuote) || !(node.getFirstChild() instanceof Paragraph first)) {
      return false;
    }
    return first.getFirstChild() instanceof Text text && text.getLiteral().strip().equals(MARKER);
  }

  /** Whether {@code node} lies inside an annotation. */
  public static boolean isInsideAnnotation(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (isAnnotation(n)) {
        return true;
      }
    }
    return false;
  }
}
