/**
 * Stage 6, rendering: Markdown bodies to HTML with commonmark-java (author blocks get the anchor
 * of their thread line), and pages to HTML with Pebble templates. Produces strings; writing them
 * is the site stage's job. In a long-running session a {@link dev.scholia.render.RenderCache}
 * carries what rendering extracts from each unchanged essay (its search passages) from one build
 * to the next.
 */
package dev.scholia.render;
