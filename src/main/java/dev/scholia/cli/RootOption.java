package dev.scholia.cli;

import java.nio.file.Path;

/** The {@code --root} option every command that reads an archive takes. */
final class RootOption {
  static final Option ROOT =
      Option.valued("--root", "DIR", "Archive folder holding seeds/, content/ and optionally templates/").withDefault(".");

  private RootOption() {}

  static Path of(Arguments arguments) {
    return arguments.path(ROOT);
  }
}
