package dev.scholia.model;

import java.util.List;

/**
 * A theme declared in {@code content/themes/<slug>.md}.
 *
 * @param slug the file's name without {@code .md}; also the theme's URL segment
 * @param title shown as the theme's heading
 * @param order position on the index page (lower first; ties by slug)
 * @param description one or two sentences: shown under the title and used as classifier evidence
 * @param keywords classifier evidence
 * @param catchAll whether paragraphs that fit no other theme go here
 * @param intro the Markdown body: the theme's introduction
 * @param path the theme file, relative to the archive root
 */
public record Theme(
    String slug,
    String title,
    int order,
    String description,
    List<Keyword> keywords,
    boolean catchAll,
    MarkdownText intro,
    String path) {

  public Theme {
    keywords = List.copyOf(keywords);
  }
}
