/**
 * Stage 6, rendering: Markdown bodies to HTML with commonmark-java (author blocks get the anchor
 * of their thread line), and pages to HTML with Pebble templates. Produces strings; writing them
 * is the site stage's job. In a long-running session a {@link dev.scholia.render.RenderCache}
 * carries what rendering makes of each unchanged essay (its card, search passages and rendered
 * body) from one build to the next.
 */
package dev.scholia.render;
