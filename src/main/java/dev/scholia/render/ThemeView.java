package dev.scholia.render;

import java.util.List;

/**
 * A theme as templates see it.
 *
 * @param introHtml the rendered introduction (trusted: produced by the Markdown renderer)
 * @param url relative to the site root
 * @param essays the theme's essays in reading order
 */
public record ThemeView(
    String slug, String title, String description, String introHtml, String url, List<EssayCard> essays) {

  public ThemeView {
    essays = List.copyOf(essays);
  }
}
