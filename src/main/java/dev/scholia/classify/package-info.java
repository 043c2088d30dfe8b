/**
 * Stage 3, classification: decides which theme each paragraph of a thread belongs to, from
 * evidence a reader can check (the themes' keywords, TF-IDF similarity to each theme's own words,
 * and the comment the paragraph belongs to), and records that evidence for {@code split --explain}.
 */
package dev.scholia.classify;
