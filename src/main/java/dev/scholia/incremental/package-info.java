/**
 * Dependency tracking for incremental rebuilds. A build publishes the values its pages may read
 * as named {@link dev.scholia.incremental.Inputs}; while a page renders, every value it reads is
 * noted in a {@link dev.scholia.incremental.ReadLog}; the {@link
 * dev.scholia.incremental.DependencyGraph} remembers which inputs each page read, so the next
 * build re-renders exactly the pages that read an input whose value changed. Leaf package: it
 * knows nothing of essays or templates, only of keys and values compared with {@code equals}.
 */
package dev.scholia.incremental;
