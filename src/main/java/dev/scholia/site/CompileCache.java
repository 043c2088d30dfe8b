package dev.scholia.site;

import dev.scholia.content.FileMemo;
import dev.scholia.fidelity.FidelityCache;
import dev.scholia.link.LinkCache;
import dev.scholia.markdown.LinkSchemes;
import dev.scholia.markdown.ParsedEssay;
import dev.scholia.model.Diagnostic;
import dev.scholia.model.Diagnostics;
import dev.scholia.model.Discussion;
import dev.scholia.model.EssaySource;
import dev.scholia.render.Templates;
import dev.scholia.segment.Discussions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a long-running session keeps between compiles: each content file's parse, the segmented
 * threads of {@code seeds/} and the compiled templates, each valid while the size and modification
 * time of its files stay the same and no watcher event named them (times can be coarse, so the
 * event is what makes a quick same-size edit visible); each essay's Markdown tree, valid while
 * its source is equal; and what the fidelity check and the link stage derive from those trees.
 */
public final class CompileCache {
  private final ParsedFiles files = new ParsedFiles();
  private final Map<String, Parsed> essays = new ConcurrentHashMap<>();
  private final Map<Path, Folder> folders = new ConcurrentHashMap<>();
  private final FidelityCache fidelity = new FidelityCache();
  private final LinkCache links = new LinkCache();

  /** Forgets what was made from {@code changed} (absolute paths, files or folders). */
  public void invalidate(Collection<Path> changed) {
    for (Path path : changed) {
      Path absolute = path.toAbsolutePath().normalize();
      files.made.keySet().removeIf(file -> file.startsWith(absolute));
      folders.keySet().removeIf(folder -> folder.startsWith(absolute) || absolute.startsWith(folder));
    }
  }

  /**
   * Forgets every file-based memo, when the watcher may have missed events. The fidelity and link
   * caches are kept: they compare what they were computed from with what they are given, so a
   * changed input can never be served from them.
   */
  public void clear() {
    files.made.clear();
    essays.clear();
    folders.clear();
  }

  /** The threads of {@code root/seeds}, segmented again only when a seed changed. */
  List<Discussion> discussions(Path root, Diagnostics diagnostics) {
    Threads threads =
        remember(root.resolve("seeds"), () -> {
          Diagnostics own = new Diagnostics();
          return new Threads(Discussions.readAll(root, own), own.all());
        });
    // Warnings are part of every build's report, not only of the one that read the seeds.
    diagnostics.addAll(threads.diagnostics());
    return threads.discussions();
  }

  /** The templates of {@code root} (or the bundled ones), compiled again only when one changed. */
  Templates templates(Path root) {
    return remember(root.resolve("templates"), () -> Templates.load(root));
  }

  private record Threads(List<Discussion> discussions, List<Diagnostic> diagnostics) {}

  /** What was made from a folder's files, with their sizes and times when it was made. */
  private record Folder(List<String> stamp, Object value) {}

  private <T> T remember(Path folder, Supplier<T> make) {
    Path key = folder.toAbsolutePath().normalize();
    List<String> stamp = stamp(key);
    Folder known = folders.get(key);
    if (known != null && known.stamp().equals(stamp)) {
      @SuppressWarnings("unchecked")
      T value = (T) known.value();
      return value;
    }
    T value = make.get();
    folders.put(key, new Folder(stamp, value));
    return value;
  }

  /** Every file under {@code folder} with its size and time; empty if there is no folder. */
  private static List<String> stamp(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      List<String> out = new ArrayList<>();
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        out.add(file + "\0" + attributes.size() + "\0" + attributes.lastModifiedTime());
      }
      return out;
    } catch (IOException e) {
      // Unreadable now: make no promise, so the caller reads afresh and reports the problem.
      return List.of("unreadable " + System.nanoTime());
    }
  }

  /** What the fidelity check keeps between builds: it checks for itself what is still valid. */
  FidelityCache fidelity() {
    return fidelity;
  }

  /** What the link stage keeps between builds: it checks for itself what is still valid. */
  LinkCache links() {
    return links;
  }

  FileMemo files() {
    return files;
  }

  /** An essay's tree, with what its links' schemes were found to break (see {@link LinkSchemes}). */
  private record Parsed(ParsedEssay essay, List<Diagnostic> schemeProblems) {}

  /**
   * Parses {@code sources}, reusing the tree of every essay whose source is unchanged, and adds
   * their links' refused schemes to {@code diagnostics}, in essay order. The schemes are checked
   * with the parse, in parallel and once per tree: walking every essay again on each rebuild was
   * a few percent of one at 4,000 essays.
   */
  List<ParsedEssay> parse(List<EssaySource> sources, Diagnostics diagnostics) {
    List<Parsed> parsed =
        sources.parallelStream()
            .map(source -> {
              Parsed known = essays.get(source.slug());
              return known != null && known.essay().source().equals(source) ? known : parsed(source);
            })
            .toList();
    Set<String> slugs = parsed.stream().map(p -> p.essay().slug()).collect(Collectors.toSet());
    essays.keySet().retainAll(slugs);
    parsed.forEach(p -> essays.put(p.essay().slug(), p));
    parsed.forEach(p -> diagnostics.addAll(p.schemeProblems()));
    return parsed.stream().map(Parsed::essay).toList();
  }

  private static Parsed parsed(EssaySource source) {
    ParsedEssay essay = ParsedEssay.parse(source);
    Diagnostics problems = new Diagnostics();
    LinkSchemes.check(source.body(), essay.document(), problems);
    return new Parsed(essay, problems.all());
  }

  private static final class ParsedFiles implements FileMemo {
    private record Made(long size, FileTime modified, Object value) {}

    private final Map<Path, Made> made = new ConcurrentHashMap<>();

    @Override
    public <T> T remember(Path file, Supplier<T> make) {
      Path key = file.toAbsolutePath().normalize();
      BasicFileAttributes attributes;
      try {
        attributes = Files.readAttributes(key, BasicFileAttributes.class);
      } catch (IOException e) {
        made.remove(key);
        return make.get();
      }
      Made known = made.get(key);
      if (known != null && known.size() == attributes.size() && known.modified().equals(attributes.lastModifiedTime())) {
        @SuppressWarnings("unchecked")
        T value = (T) known.value();
        return value;
      }
      T value = make.get();
      made.put(key, new Made(attributes.size(), attributes.lastModifiedTime(), value));
      return value;
    }
  }
}
