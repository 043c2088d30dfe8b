package dev.scholia.cli;

import dev.scholia.render.Archive;
import dev.scholia.site.ArchiveCompiler;
import dev.scholia.site.SiteWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(
    name = "check",
    description = "Run every validation of a build (front matter, fidelity, links, templates) without writing.",
    mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer> {
  @Mixin RootOption root;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Archive archive = ArchiveCompiler.compile(root.root);
    SiteWriter.renderAll(archive);
    Reporter.report(spec.commandLine().getErr(), archive.warnings());
    // Concatenated rather than printf'd, as in BuildCommand: a Formatter loads locale data.
    spec.commandLine().getOut().println("ok: " + archive.essays().size() + " essays, " + archive.content().themes().size() + " themes checked");
    return 0;
  }
}
