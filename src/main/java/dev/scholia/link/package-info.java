/**
 * Stage 5, linking: everything that connects one page to another, computed once from the parsed
 * content and the fidelity check's {@link dev.scholia.fidelity.Provenance}, before anything is
 * rendered. It numbers footnotes and checks that every reference has a definition and every
 * definition a reference; resolves Markdown links to content files into site URLs and checks
 * their fragments; finds the first mention of each glossary term; and derives backlinks, related
 * essays and continuation links. The result, {@link dev.scholia.link.Links}, is immutable and read
 * by the renderer; every index here is built in one pass so the stage stays linear in the archive.
 * Glossary mentions alone need no provenance, so they are found first, while the fidelity check runs.
 * In a long-running session a {@link dev.scholia.link.LinkCache} carries each unchanged body's
 * glossary mentions and word counts, and the related-essays ranking, from one build to the next,
 * so a rebuild pays for what an edit reaches.
 */
package dev.scholia.link;
