package dev.scholia.site;

import dev.scholia.content.ContentReader;
import dev.scholia.fidelity.FidelityChecker;
import dev.scholia.fidelity.Provenance;
import dev.scholia.markdown.LinkSchemes;
import dev.scholia.markdown.Markdown;
import dev.scholia.link.Linker;
import dev.scholia.link.Links;
import dev.scholia.markdown.ParsedEssay;
import dev.scholia.model.Background;
import dev.scholia.model.Content;
import dev.scholia.model.Diagnostics;
import dev.scholia.model.Discussion;
import dev.scholia.model.GlossaryTerm;
import dev.scholia.model.ScholiaException;
import dev.scholia.model.Theme;
import dev.scholia.render.Archive;
import dev.scholia.render.Templates;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * Reads and checks an archive root. This is the front half of {@code build} and the whole of
 * {@code check}: independent problems (content, threads, fidelity, links, templates) are all collected
 * before the run stops, so one run lists every problem.
 */
public final class ArchiveCompiler {
  private ArchiveCompiler() {}

  public static Archive compile(Path root) {
    return compile(root, new CompileCache(), BuildTimings.OFF);
  }

  /** As {@link #compile(Path)}, reusing what {@code cache} holds from earlier compiles and timing each stage into {@code timings}. */
  public static Archive compile(Path root, CompileCache cache, BuildTimings timings) {
    Diagnostics diagnostics = new Diagnostics();
    // Templates compile and threads are read on threads of their own while content is read, as
    // none needs another: compiling templates (most of it loading Pebble) was a third of a small
    // archive's front half, and reading a large thread is a second of work on one core. Nothing
    // before rendering needs the templates, so they are waited for last, after the link stage.
    CompletableFuture<Templates> compiling =
        Background.start("scholia-templates", () -> timings.time("compile templates, beside the rest", () -> cache.templates(root)));
    Diagnostics threadProblems = new Diagnostics();
    CompletableFuture<List<Discussion>> reading =
        Background.start("scholia-threads", () -> timings.time("read threads, beside the rest", () -> cache.discussions(root, threadProblems)));
    Content content = collecting(diagnostics, () -> timings.time("read content", () -> ContentReader.read(root, diagnostics, cache.files())));
    List<Discussion> discussions = collecting(diagnostics, () -> Background.join(reading));
    diagnostics.addAll(threadProblems.all());
    // The fidelity check compares threads with essays: after a file could not be read it would
    // only repeat that problem as "paragraph is in no essay" noise, so it needs a clean read.
    boolean readCleanly = !diagnostics.hasErrors();
    List<ParsedEssay> essays =
        content == null ? List.of() : timings.time("parse Markdown", () -> cache.parse(content.essays(), diagnostics));
    if (content != null) {
      timings.time("check link schemes", () -> checkLinks(content, diagnostics));
    }
    // Glossary mentions, most of the link stage's work, need no provenance: they are found while
    // the fidelity check, which runs on one core, leaves the other idle.
    CompletableFuture<Linker.Glossary> mentions =
        readCleanly
            ? Background.start(
                "scholia-mentions",
                () -> timings.time("find glossary mentions, beside the check", () -> Linker.findMentions(content, essays, cache.links())))
            : null;
    Provenance provenance =
        readCleanly ? timings.time("check fidelity", () -> FidelityChecker.check(discussions, essays, diagnostics, cache.fidelity())) : null;
    // Waited for even when the check found problems, so that no search is still writing into the cache
    // when a session's next build starts.
    Linker.Glossary glossary = mentions == null ? null : Background.join(mentions);
    Links links =
        provenance == null
            ? null
            : timings.time("link", () -> Linker.link(content, discussions, essays, glossary, provenance, diagnostics, cache.links()));
    Templates templates = collecting(diagnostics, () -> Background.join(compiling));
    diagnostics.throwIfErrors();
    return new Archive(root, content, discussions, essays, provenance, links, templates, diagnostics.warnings());
  }

  /** The links' schemes of theme introductions and glossary definitions (essays' are checked as they are parsed). */
  private static void checkLinks(Content content, Diagnostics diagnostics) {
    Stream.concat(content.themes().stream().map(Theme::intro), content.glossary().stream().map(GlossaryTerm::definition))
        .forEach(text -> LinkSchemes.check(text, Markdown.parse(text), diagnostics));
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
