/**
 * Stage 2, segmentation: groups a thread's lines into {@link dev.scholia.model.Comment}s and
 * attaches each footnote definition to the paragraph of its comment that carries its marker.
 */
package dev.scholia.segment;
