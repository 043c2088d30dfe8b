package dev.scholia.cli;

import java.io.PrintWriter;

/**
 * Where a command prints: results to {@code out}, problems to {@code err}. Tests pass string
 * writers to run the CLI in-process.
 */
record Terminal(PrintWriter out, PrintWriter err) {}
