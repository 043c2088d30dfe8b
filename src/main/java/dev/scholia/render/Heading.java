package dev.scholia.render;

/**
 * A section heading of an essay, for its table of contents.
 *
 * @param level 1 to 6, as in {@code <h1>}–{@code <h6>}
 * @param id the anchor the heading-anchor extension gave it
 * @param text what the heading says
 */
public record Heading(int level, String id, String text) {}
