/**
 * The command line: one picocli command per verb ({@code build}, {@code check}, …), each taking
 * {@code --root}. Problems print as {@code path:line: message}; exit status 1 for bad input,
 * 2 for bad usage.
 */
package dev.scholia.cli;
