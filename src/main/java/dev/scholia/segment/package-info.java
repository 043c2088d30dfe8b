/**
 * Stage 2, segmentation: groups a thread's lines into {@link dev.scholia.model.Comment}s and
 * attaches each footnote definition to the paragraph of its comment that carries its marker.
 * Also home of the word model that segmentation and classification share: {@link
 * dev.scholia.segment.Words} (tokens), and TF-IDF over term ids ({@link
 * dev.scholia.segment.Vocabulary}, {@link dev.scholia.segment.TermWeights}, {@link
 * dev.scholia.segment.TermVector}).
 */
package dev.scholia.segment;
