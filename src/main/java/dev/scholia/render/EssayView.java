package dev.scholia.render;

import java.util.List;

/**
 * An essay page as templates see it.
 *
 * @param card the essay's listing data
 * @param theme the theme it belongs to
 * @param bodyHtml the rendered body (trusted: produced by the Markdown renderer)
 * @param contents the headings its table of contents lists (sections and subsections)
 * @param previous the previous essay of the theme, or {@code null}
 * @param next the next essay of the theme, or {@code null}
 * @param sourceLines where its paragraphs come from, as {@code seeds/file.txt: 3–5, 9}
 * @param threads the thread pages its paragraphs come from, with the same labels
 * @param backlinks the essays that link to this one ("Linked from")
 * @param related the essays most like this one, best first
 */
public record EssayView(
    EssayCard card,
    ThemeLink theme,
    String bodyHtml,
    List<Heading> contents,
    EssayCard previous,
    EssayCard next,
    List<String> sourceLines,
    List<LinkView> threads,
    List<EssayCard> backlinks,
    List<EssayCard> related) {

  public EssayView {
    contents = List.copyOf(contents);
    sourceLines = List.copyOf(sourceLines);
    threads = List.copyOf(threads);
    backlinks = List.copyOf(backlinks);
    related = List.copyOf(related);
  }
}
