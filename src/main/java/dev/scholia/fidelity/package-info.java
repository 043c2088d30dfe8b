/**
 * The fidelity check: proves that the essays quote the thread verbatim and completely. Every
 * source paragraph and footnote must appear exactly once across the essays, unaltered, with each
 * footnote beside the paragraph that carries its marker; every author paragraph in an essay must
 * come from the thread. Annotations are the editors' words and are skipped. The result,
 * {@link dev.scholia.fidelity.Provenance}, says where every line of the thread went. A {@link
 * dev.scholia.fidelity.FidelityCache} keeps, across the rebuilds of a long-running session, the
 * thread's units and each unchanged essay's blocks, so only the matching itself runs again.
 */
package dev.scholia.fidelity;
