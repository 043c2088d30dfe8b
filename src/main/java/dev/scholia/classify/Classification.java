package dev.scholia.classify;

import dev.scholia.model.Comment;
import dev.scholia.model.Paragraph;
import java.util.List;

/**
 * The theme chosen for one paragraph, and why.
 *
 * @param paragraph the paragraph
 * @param comment the comment it belongs to
 * @param theme the chosen theme's slug
 * @param runnerUp the next-best theme's slug, or {@code null} when there is only one theme
 * @param own the paragraph's own evidence, best first
 * @param ofComment its comment's evidence (all its paragraphs together), best first
 * @param reason which rule decided, in words
 */
public record Classification(
    Paragraph paragraph,
    Comment comment,
    String theme,
    String runnerUp,
    List<ThemeScore> own,
    List<ThemeScore> ofComment,
    String reason) {

  public Classification {
    own = List.copyOf(own);
    ofComment = List.copyOf(ofComment);
  }
}
