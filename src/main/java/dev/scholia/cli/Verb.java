package dev.scholia.cli;

/**
 * A word of the command line that says what to do: a {@link Command} that runs, or a {@link
 * CommandGroup} whose next word chooses among its commands ({@code new essay}).
 */
sealed interface Verb permits Command, CommandGroup {
  /** The word as typed. */
  String name();

  /** One line, shown in the list of commands and atop its own help. */
  String summary();

  /** More about it for its own help, in lines the help wraps; empty for none. */
  String details();
}
