package dev.scholia.site;

import dev.scholia.render.Archive;
import dev.scholia.render.PageJob;
import dev.scholia.render.PageRenderer;
import java.nio.file.Path;
import java.util.List;

/** Renders an archive's pages in parallel into a staging folder and swaps it in on success. */
public final class SiteWriter {
  private SiteWriter() {}

  /** Writes the whole site to {@code out}; returns the number of files written. */
  public static int write(Archive archive, Path out) {
    List<PageJob> pages = new PageRenderer(archive).pages();
    var assets = Assets.load(archive.root());
    try (OutputFolder folder = OutputFolder.create(out)) {
      pages.parallelStream().forEach(page -> folder.write(page.path(), page.html().get()));
      assets.forEach((path, bytes) -> folder.write("assets/" + path, bytes));
      folder.write(
          "source-map.json",
          SourceMap.toJson(archive.discussions(), archive.content().essays(), archive.provenance()));
      folder.commit();
      return pages.size() + assets.size() + 1;
    }
  }

  /** Renders every page without writing: what {@code check} runs to catch template errors. */
  public static void renderAll(Archive archive) {
    new PageRenderer(archive).pages().parallelStream().forEach(page -> page.html().get());
  }
}
