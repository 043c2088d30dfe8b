/**
 * Stage 6, rendering: Markdown bodies to HTML with commonmark-java (author blocks get the anchor
 * of their thread line), and pages to HTML with Pebble templates. Produces strings; writing them
 * is the site stage's job.
 */
package dev.scholia.render;
