/**
 * Stage 1, reading: turns a thread file from {@code seeds/} into classified
 * {@link dev.scholia.model.SourceLine}s (prose, footnote definition, byline, quote, blank),
 * each knowing its file and line. Decoding is strict UTF-8; a BOM and CRLF endings are accepted.
 */
package dev.scholia.thread;
