package dev.scholia.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --root} option every command shares. */
final class RootOption {
  @Option(
      names = "--root",
      paramLabel = "DIR",
      description = "Archive folder holding seeds/, content/ and optionally templates/ (default: .)")
  Path root = Path.of(".");
}
