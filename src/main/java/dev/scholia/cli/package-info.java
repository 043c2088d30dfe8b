/**
 * The command line: one picocli command per verb ({@code build}, {@code check}, …), each taking
 * {@code --root}. Problems print like a compiler's, {@code path:line:column: error: message} with a
 * hint; exit status 1 for bad input, 2 for bad usage, 3 for an internal error (a bug).
 */
package dev.scholia.cli;
