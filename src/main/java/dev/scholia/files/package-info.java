/**
 * Files handled safely, for every stage that reads or writes them: input folders listed in a
 * fixed order and never through symbolic links ({@link dev.scholia.files.InputFiles}), a file
 * replaced atomically ({@link dev.scholia.files.AtomicFile}, for {@code split}'s essays and
 * incremental rebuilds) and output paths that can never leave their folder or trip a file system
 * ({@link dev.scholia.files.OutputPath}).
 */
package dev.scholia.files;
