package dev.scholia.cli;

import dev.scholia.render.Archive;
import dev.scholia.site.ArchiveCompiler;
import dev.scholia.site.SiteWriter;
import java.util.List;

/** {@code scholia check}: every validation of a build, nothing written. */
final class CheckCommand implements Command.Action {
  static final Command COMMAND =
      new Command(
          "check",
          "Run every validation of a build (front matter, fidelity, links, templates) without writing.",
          "Renders every page as build does but writes nothing; lists every problem at once and exits 1"
              + " if there is any. Meant for every pull request.",
          List.of(RootOption.ROOT),
          List.of(),
          new CheckCommand());

  private CheckCommand() {}

  @Override
  public void run(Arguments arguments, Terminal terminal) {
    Archive archive = ArchiveCompiler.compile(RootOption.of(arguments));
    SiteWriter.renderAll(archive);
    Reporter.report(terminal.err(), archive.warnings());
    // Concatenated rather than printf'd, as in BuildCommand: a Formatter loads locale data.
    terminal.out().println("ok: " + Plural.of(archive.essays().size(), "essay") + ", " + Plural.of(archive.content().themes().size(), "theme") + " checked");
  }
}
