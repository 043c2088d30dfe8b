package dev.scholia.markdown;

import dev.scholia.model.EssaySource;
import org.commonmark.node.Node;

/**
 * An essay with its Markdown parsed. The syntax tree is commonmark-java's mutable node graph; by
 * convention no stage changes it after parsing, so it can be shared by fidelity, linking and
 * rendering.
 */
public record ParsedEssay(EssaySource source, Node document) {

  public static ParsedEssay parse(EssaySource source) {
    return new ParsedEssay(source, Markdown.parse(source.body()));
  }

  public String slug() {
    return source.slug();
  }

  /** The file line where {@code node} starts. */
  public int lineOf(Node node) {
    return Markdown.lineOf(source.body(), node);
  }
}
