package dev.scholia.render;

/**
 * An essay as listed on the index and theme pages and in previous/next links.
 *
 * @param url relative to the site root, ending in {@code /}
 */
public record EssayCard(String slug, String title, String summary, String url, int readingMinutes) {}
