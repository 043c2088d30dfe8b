package dev.scholia.site;

import dev.scholia.content.ContentReader;
import dev.scholia.fidelity.FidelityChecker;
import dev.scholia.fidelity.Provenance;
import dev.scholia.markdown.ParsedEssay;
import dev.scholia.model.Content;
import dev.scholia.model.Diagnostics;
import dev.scholia.model.Discussion;
import dev.scholia.model.ScholiaException;
import dev.scholia.render.Archive;
import dev.scholia.render.Templates;
import dev.scholia.segment.Discussions;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads and checks an archive root. This is the front half of {@code build} and the whole of
 * {@code check}: independent problems (content, threads, fidelity, templates) are all collected
 * before the run stops, so one run lists every problem.
 */
public final class ArchiveCompiler {
  private ArchiveCompiler() {}

  public static Archive compile(Path root) {
    return compile(root, new CompileCache());
  }

  /** As {@link #compile(Path)}, reusing what {@code cache} holds from earlier compiles. */
  public static Archive compile(Path root, CompileCache cache) {
    Diagnostics diagnostics = new Diagnostics();
    Content content = collecting(diagnostics, () -> ContentReader.read(root, diagnostics, cache.files()));
    List<Discussion> discussions = collecting(diagnostics, () -> Discussions.readAll(root, diagnostics));
    Templates templates = collecting(diagnostics, () -> Templates.load(root));
    if (content == null || discussions == null) {
      diagnostics.throwIfErrors();
    }
    List<ParsedEssay> essays = cache.parse(content.essays());
    Provenance provenance = FidelityChecker.check(discussions, essays, diagnostics);
    diagnostics.throwIfErrors();
    return new Archive(root, content, discussions, essays, provenance, templates, diagnostics.warnings());
  }

  private interface Step<T> {
    T run();
  }

  /** Runs a step whose failure should not hide the other steps' problems. */
  private static <T> T collecting(Diagnostics diagnostics, Step<T> step) {
    try {
      return step.run();
    } catch (ScholiaException e) {
      diagnostics.addAll(e.diagnostics());
      return null;
    }
  }
}
