package dev.scholia.site;

import dev.scholia.files.AtomicFile;
import dev.scholia.files.OutputPath;
import dev.scholia.files.Sha256;
import dev.scholia.incremental.DependencyGraph;
import dev.scholia.incremental.Inputs;
import dev.scholia.incremental.ReadLog;
import dev.scholia.model.Diagnostic;
import dev.scholia.model.ScholiaException;
import dev.scholia.render.Archive;
import dev.scholia.render.PageJob;
import dev.scholia.render.PageRenderer;
import dev.scholia.render.RenderCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Keeps a site folder up to date across edits, as {@code serve} needs. Each rebuild compiles the
 * archive (reusing what did not change), re-renders only the pages whose recorded inputs changed
 * (see {@link dev.scholia.incremental}) and rewrites only the files whose bytes changed, each
 * through a rename so a reader never sees half a file. The first rebuild writes the whole site
 * into a staging folder and swaps it in, so the folder then holds exactly this archive's site.
 *
 * <p>A rebuild that fails changes nothing, on disk or in memory: the last good site stays, and the
 * next rebuild compares against it.
 */
public final class IncrementalBuilder {
  private final Path root;
  private final Path out;
  private final CompileCache cache = new CompileCache();
  private final RenderCache renders = RenderCache.forSession();
  private final DependencyGraph graph = new DependencyGraph();
  private final Map<String, String> digests = new HashMap<>();
  private final Set<String> extras = new HashSet<>();
  private final SourceMap.Memo sourceMaps = new SourceMap.Memo();

  public IncrementalBuilder(Path root, Path out) {
    this.root = root;
    this.out = out.toAbsolutePath().normalize();
  }

  /** What one rebuild did. */
  public record Report(int essays, int rendered, List<String> written, List<String> deleted, List<Diagnostic> warnings) {}

  /**
   * Brings the folder up to date after {@code changed} files (absolute paths) were edited, added
   * or removed.
   *
   * @throws ScholiaException listing every problem; the folder and this builder are then unchanged
   */
  public Report rebuild(Collection<Path> changed) {
    cache.invalidate(changed);
    return rebuild();
  }

  /** Brings the folder up to date, trusting no earlier parse whose file's size or time changed. */
  public Report rebuild() {
    Archive archive = ArchiveCompiler.compile(root, cache, BuildTimings.OFF);
    PageRenderer renderer = new PageRenderer(archive, renders);
    List<PageJob> jobs = renderer.pages();
    Inputs inputs = renderer.inputs();
    List<String> pages = jobs.stream().map(PageJob::path).toList();
    Set<String> stale = graph.stale(pages, inputs);
    List<PageJob> staleJobs = jobs.stream().filter(job -> stale.contains(job.path())).toList();
    Rendered[] made = new Rendered[staleJobs.size()];
    InListOrder.forEach(made.length, i -> made[i] = new Rendered(staleJobs.get(i).path(), ReadLog.record(staleJobs.get(i)::bytes)));
    List<Rendered> rendered = List.of(made);

    Map<String, byte[]> files = new TreeMap<>();
    rendered.forEach(r -> files.put(r.path(), r.page().result()));
    Map<String, byte[]> extraFiles = SiteWriter.extras(archive, sourceMaps);
    files.putAll(extraFiles);

    List<String> gone = new ArrayList<>(graph.removed(pages));
    extras.stream().filter(path -> !extraFiles.containsKey(path)).sorted().forEach(gone::add);
    List<String> written = digests.isEmpty() ? writeAll(files) : writeChanged(files, gone);

    gone.forEach(graph::forget);
    rendered.forEach(r -> graph.recordReads(r.path(), r.page().reads()));
    graph.commit(inputs);
    extras.clear();
    extras.addAll(extraFiles.keySet());
    return new Report(archive.essays().size(), rendered.size(), written, gone, archive.warnings());
  }

  /** Deletes the folder this builder writes: for previews in a temporary folder. */
  public void deleteOutput() throws IOException {
    OutputFolder.deleteTree(out);
  }

  private record Rendered(String path, ReadLog.Recorded<byte[]> page) {}

  /** The first build: the whole site, swapped in at once. */
  private List<String> writeAll(Map<String, byte[]> files) {
    try (OutputFolder folder = OutputFolder.create(out, root)) {
      files.forEach(folder::write);
      folder.commit();
    }
    files.forEach((path, bytes) -> digests.put(path, Sha256.hex(bytes)));
    return List.copyOf(files.keySet());
  }

  private List<String> writeChanged(Map<String, byte[]> files, List<String> gone) {
    List<String> written = new ArrayList<>();
    try {
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        String digest = Sha256.hex(file.getValue());
        if (!digest.equals(digests.get(file.getKey()))) {
          replace(inside(file.getKey()), file.getValue());
          digests.put(file.getKey(), digest);
          written.add(file.getKey());
        }
      }
      for (String path : gone) {
        delete(inside(path));
        digests.remove(path);
      }
    } catch (IOException e) {
      throw new ScholiaException(Diagnostic.error(out.toString(), 0, "cannot update the site: " + e.getMessage()));
    }
    return written;
  }

  private Path inside(String path) {
    OutputPath.require(out.toString(), path);
    return out.resolve(path);
  }

  private static void replace(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    AtomicFile.write(file, bytes);
  }

  /** Deletes a file and the folders it leaves empty, up to the site folder. */
  private void delete(Path file) throws IOException {
    Files.deleteIfExists(file);
    for (Path dir = file.getParent(); dir != null && !dir.equals(out) && dir.startsWith(out); dir = dir.getParent()) {
      try (var entries = Files.list(dir)) {
        if (entries.findAny().isPresent()) {
          break;
        }
      }
      Files.delete(dir);
    }
  }
}
