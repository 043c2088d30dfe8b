/**
 * Writing files safely, for every stage that writes: a file replaced atomically
 * ({@link dev.scholia.files.AtomicFile}, for {@code split}'s essays) and output paths that can
 * never leave their folder or trip a file system ({@link dev.scholia.files.OutputPath}).
 */
package dev.scholia.files;
