package dev.scholia.site;

import dev.scholia.content.FileMemo;
import dev.scholia.markdown.ParsedEssay;
import dev.scholia.model.EssaySource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What a long-running session keeps between compiles: each content file's parse, valid while the
 * file's size and modification time stay the same and no watcher event named it (times can be
 * coarse, so the event is what makes a quick same-size edit visible), and each essay's Markdown
 * tree, valid while its source is equal.
 */
public final class CompileCache {
  private final ParsedFiles files = new ParsedFiles();
  private final Map<String, ParsedEssay> essays = new ConcurrentHashMap<>();

  /** Forgets what was made from {@code changed} (absolute paths, files or folders). */
  public void invalidate(Collection<Path> changed) {
    for (Path path : changed) {
      Path absolute = path.toAbsolutePath().normalize();
      files.made.keySet().removeIf(file -> file.startsWith(absolute));
    }
  }

  /** Forgets everything, when the watcher may have missed events. */
  public void clear() {
    files.made.clear();
    essays.clear();
  }

  FileMemo files() {
    return files;
  }

  /** Parses {@code sources}, reusing the tree of every essay whose source is unchanged. */
  List<ParsedEssay> parse(List<EssaySource> sources) {
    List<ParsedEssay> parsed =
        sources.parallelStream()
            .map(source -> {
              ParsedEssay known = essays.get(source.slug());
              return known != null && known.source().equals(source) ? known : ParsedEssay.parse(source);
            })
            .toList();
    Set<String> slugs = parsed.stream().map(ParsedEssay::slug).collect(Collectors.toSet());
    essays.keySet().retainAll(slugs);
    parsed.forEach(essay -> essays.put(essay.slug(), essay));
    return parsed;
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
