package dev.scholia.model;

/**
 * A word or phrase that is evidence for a theme, with how much it counts.
 *
 * @param phrase lower-case word or phrase
 * @param weight how much one occurrence counts (1 unless the theme file says otherwise)
 */
public record Keyword(String phrase, double weight) {}
