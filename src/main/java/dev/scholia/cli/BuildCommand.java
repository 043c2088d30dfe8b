package dev.scholia.cli;

import dev.scholia.render.Archive;
import dev.scholia.site.ArchiveCompiler;
import dev.scholia.site.BuildTimings;
import dev.scholia.site.CompileCache;
import dev.scholia.site.SiteWriter;
import java.nio.file.Path;
import java.util.List;

/** {@code scholia build}: check the archive and write the site. */
final class BuildCommand implements Command.Action {
  private static final Option OUT = Option.valued("--out", "DIR", "Output folder (default: ROOT/site)");
  private static final Option TIMINGS =
      Option.flag("--timings", "After the build, print how long each stage took and the pages of each folder.");

  static final Command COMMAND =
      new Command(
          "build",
          "Check the archive and write the static site.",
          "Reads and checks everything (front matter, the fidelity of every paragraph to the thread,"
              + " footnotes, links, templates), then writes the site. The new site is written beside the old"
              + " one and swapped in at the end, so a failed build leaves the previous site as it was.",
          List.of(RootOption.ROOT, OUT, TIMINGS),
          List.of(),
          new BuildCommand());

  private BuildCommand() {}

  @Override
  public void run(Arguments arguments, Terminal terminal) {
    long start = System.nanoTime();
    Path root = RootOption.of(arguments);
    BuildTimings timings = arguments.flag(TIMINGS) ? BuildTimings.recording() : BuildTimings.OFF;
    Archive archive = ArchiveCompiler.compile(root, new CompileCache(), timings);
    Reporter.report(terminal.err(), archive.warnings());
    Path out = arguments.path(OUT);
    Path target = out != null ? out : root.resolve("site");
    int files = SiteWriter.write(archive, target, timings);
    long millis = (System.nanoTime() - start) / 1_000_000;
    // Concatenated rather than printf'd: a Formatter loads the locale's number formats, which
    // showed in the run time of a small archive.
    terminal.out().println("built " + Plural.of(archive.essays().size(), "essay") + ", " + Plural.of(files, "file") + " into " + target + " in " + millis + " ms");
    if (archive.content().site().baseUrl() == null) {
      // Not a warning: an archive read from disk or a private host needs neither file.
      terminal.out().println("skipped feed.xml and sitemap.xml: they need absolute URLs; set baseUrl in content/site.yaml to publish them");
    }
    if (timings != BuildTimings.OFF) {
      TimingsReport.print(timings, terminal.out());
    }
  }
}
