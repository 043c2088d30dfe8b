package dev.scholia.site;

import dev.scholia.model.Diagnostic;
import dev.scholia.model.Diagnostics;
import dev.scholia.model.ScholiaException;
import dev.scholia.render.Archive;
import dev.scholia.render.PageJob;
import dev.scholia.render.PageRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Renders an archive's pages in parallel into a staging folder and swaps it in on success. Every
 * page is attempted even after one fails, so a broken template reports each distinct problem once.
 */
public final class SiteWriter {
  private SiteWriter() {}

  /** Writes the whole site to {@code out}; returns the number of files written. */
  public static int write(Archive archive, Path out) {
    return write(archive, out, BuildTimings.OFF);
  }

  /** As {@link #write(Archive, Path)}, timing each stage and page into {@code timings}. */
  public static int write(Archive archive, Path out, BuildTimings timings) {
    List<PageJob> pages = timings.time("plan pages and search index", () -> new PageRenderer(archive).pages());
    Map<String, byte[]> extras = timings.time("source map and assets", () -> extras(archive, new SourceMap.Memo()));
    try (OutputFolder folder = OutputFolder.create(out, archive.root())) {
      timings.time("render and write pages", () -> renderEach(pages, timings, folder::write));
      timings.time("write the other files, swap in the site", () -> {
        extras.forEach(folder::write);
        folder.commit();
      });
      return pages.size() + extras.size();
    }
  }

  /**
   * The files that are not pages: the theme's assets and {@code source-map.json}, by path; the
   * source map from {@code sourceMaps} (a session's keeps the last one).
   */
  static Map<String, byte[]> extras(Archive archive, SourceMap.Memo sourceMaps) {
    Map<String, byte[]> files = new TreeMap<>();
    Assets.load(archive.root()).forEach((path, bytes) -> files.put("assets/" + path, bytes));
    files.put(
        OutputFolder.MARKER,
        sourceMaps.toJson(archive.discussions(), archive.content().essays(), archive.provenance()));
    return files;
  }

  /** Renders every page without writing: what {@code check} runs to catch template errors. */
  public static void renderAll(Archive archive) {
    // Rendered into a writer that drops the text: nothing is kept, only errors matter here.
    renderEach(new PageRenderer(archive).pages(), BuildTimings.OFF, (path, body) -> body.writeTo(Writer.nullWriter()));
  }

  /** Where a rendered page goes: into its file, or nowhere when only checking. */
  @FunctionalInterface
  private interface Sink {
    void accept(String path, PageJob.Body body) throws IOException;
  }

  private static void renderEach(List<PageJob> pages, BuildTimings timings, Sink sink) {
    Queue<Diagnostic> problems = new ConcurrentLinkedQueue<>();
    InListOrder.forEach(
        pages.size(),
        i -> {
          PageJob page = pages.get(i);
          Runnable stop = timings.startPage(page.path());
          try {
            sink.accept(page.path(), page.body());
          } catch (ScholiaException e) {
            problems.addAll(e.diagnostics());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          } finally {
            stop.run();
          }
        });
    Diagnostics all = new Diagnostics();
    all.addAll(problems.stream().distinct().toList());
    all.throwIfErrors();
  }
}
