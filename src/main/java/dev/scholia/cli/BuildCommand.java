package dev.scholia.cli;

import dev.scholia.render.Archive;
import dev.scholia.site.ArchiveCompiler;
import dev.scholia.site.SiteWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "build", description = "Check the archive and write the static site.", mixinStandardHelpOptions = true)
final class BuildCommand implements Callable<Integer> {
  @Mixin RootOption root;

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ROOT/site)")
  Path out;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    Archive archive = ArchiveCompiler.compile(root.root);
    Reporter.report(spec.commandLine().getErr(), archive.warnings());
    Path target = out != null ? out : root.root.resolve("site");
    int files = SiteWriter.write(archive, target);
    long millis = (System.nanoTime() - start) / 1_000_000;
    // Concatenated rather than printf'd: a Formatter loads the locale's number formats, which
    // showed in the run time of a small archive.
    spec.commandLine()
        .getOut()
        .println("built " + archive.essays().size() + " essays, " + files + " files into " + target + " in " + millis + " ms");
    if (archive.content().site().baseUrl() == null) {
      // Not a warning: an archive read from disk or a private host needs neither file.
      spec.commandLine()
          .getOut()
          .println("skipped feed.xml and sitemap.xml: they need absolute URLs; set baseUrl in content/site.yaml to publish them");
    }
    return 0;
  }
}
