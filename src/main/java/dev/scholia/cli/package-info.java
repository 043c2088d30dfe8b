/**
 * The command line. Each command is plain data ({@link dev.scholia.cli.Command}: its name, help,
 * {@link dev.scholia.cli.Option}s and {@link dev.scholia.cli.Parameter}s, and the code it runs),
 * so one {@link dev.scholia.cli.ArgumentParser} reads every command's arguments and one {@link
 * dev.scholia.cli.HelpText} prints every help. No reflection and no annotations: parsing costs
 * nothing at start-up, which a short build notices. Problems print like a compiler's, {@code
 * path:line:column: error: message} with a hint; exit status 1 for bad input, 2 for bad usage, 3
 * for an internal error (a bug).
 */
package dev.scholia.cli;
