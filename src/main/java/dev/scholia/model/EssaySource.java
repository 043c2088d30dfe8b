package dev.scholia.model;

import java.util.List;

/**
 * An essay as written in {@code content/essays/<slug>.md}, before rendering.
 *
 * @param slug the file's name without {@code .md}; also the essay's URL segment
 * @param title the essay's title
 * @param theme the slug of the theme it belongs to
 * @param summary one or two sentences shown in listings
 * @param order position within its theme (lower first; ties by slug)
 * @param sources the threads its paragraphs come from, relative to the archive root
 * @param body the Markdown body
 * @param themeLine the line of the {@code theme:} key, for errors about it
 */
public record EssaySource(
    String slug,
    String title,
    String theme,
    String summary,
    int order,
    List<String> sources,
    MarkdownText body,
    int themeLine) {

  public EssaySource {
    sources = List.copyOf(sources);
  }

  public String path() {
    return body.path();
  }
}
