package dev.scholia.render;

import java.util.List;

/**
 * An essay page as templates see it.
 *
 * @param card the essay's listing data
 * @param theme the theme it belongs to
 * @param bodyHtml the rendered body (trusted: produced by the Markdown renderer)
 * @param previous the previous essay of the theme, or {@code null}
 * @param next the next essay of the theme, or {@code null}
 * @param sourceLines where its paragraphs come from, as {@code seeds/file.txt:3-5, 9}
 */
public record EssayView(
    EssayCard card, ThemeView theme, String bodyHtml, EssayCard previous, EssayCard next, List<String> sourceLines) {

  public EssayView {
    sourceLines = List.copyOf(sourceLines);
  }
}
