package dev.scholia.link;

/**
 * The first mention of a glossary term in a body: characters {@code [start, end)} of one text
 * node, rendered as a link to the term's entry.
 *
 * @param slug the glossary term's slug
 */
public record Mention(int start, int end, String slug) {}
