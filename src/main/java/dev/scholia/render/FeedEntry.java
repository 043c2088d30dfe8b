package dev.scholia.render;

/**
 * An essay as the Atom feed lists it.
 *
 * @param title the essay's title
 * @param url its absolute URL (also the entry's id)
 * @param theme the title of its theme, the entry's category
 * @param summary its summary, possibly empty
 * @param contentHtml the body, whose relative links resolve against {@code url}
 */
public record FeedEntry(String title, String url, String theme, String summary, String contentHtml) {}
