package dev.scholia.render;

/**
 * A labelled link as templates see it.
 *
 * @param text the link text
 * @param url relative to the site root
 */
public record LinkView(String text, String url) {}
