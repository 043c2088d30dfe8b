package dev.scholia.content;

import dev.scholia.model.Content;
import dev.scholia.model.Diagnostic;
import dev.scholia.model.Diagnostics;
import dev.scholia.model.GlossaryTerm;
import dev.scholia.model.ScholiaException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * New content files with valid front matter, for {@code scholia new}: the start of an archive, a
 * theme, an essay in a theme that exists, or a glossary term no other entry already names. The
 * slug comes from the title unless given; an existing file is never overwritten. Front matter is
 * written by the YAML library, so any title (colons, quotes, accents) comes out as valid YAML.
 */
public final class Scaffold {
  private Scaffold() {}

  /** A file made: where it is, relative to the archive root as well. */
  public record Created(Path file, String path) {}

  /** The catch-all theme a new archive starts with: {@code split} needs at least one theme. */
  private static final String FIRST_THEME = "miscellany";

  /**
   * Starts an archive in {@code root}: an empty {@code seeds/} for the thread, {@code
   * content/site.yaml} with the archive's title, and one theme, a catch-all, so that {@code split}
   * runs as soon as a thread is in {@code seeds/}. A root whose {@code content/} holds anything
   * already is an archive: it is refused, and nothing is written.
   */
  public static List<Created> archive(Path root, String title) {
    requireTitle(title);
    Path content = root.resolve("content");
    if (holdsAnything(content)) {
      throw new ScholiaException(
          Diagnostic.error("content", 0, "content/ exists already in " + root.toAbsolutePath().normalize() + "; nothing was written")
              .withHint("add to the archive with `scholia new essay` and `scholia new term`, or pass another --root"));
    }
    try {
      Files.createDirectories(root.resolve("seeds"));
    } catch (IOException e) {
      throw new ScholiaException(Diagnostic.error("seeds", 0, "cannot create: " + e.getMessage()));
    }
    Map<String, Object> site = new LinkedHashMap<>();
    site.put("title", title.strip());
    Map<String, Object> theme = new LinkedHashMap<>();
    theme.put("title", "Miscellany");
    theme.put("description", "Asides that belong to no other theme.");
    theme.put("keywords", List.of());
    theme.put("catchAll", true);
    return List.of(
        write(root, content.resolve("site.yaml"), FrontMatterYaml.yaml(site)),
        write(
            root,
            content.resolve("themes/" + FIRST_THEME + ".md"),
            FrontMatterYaml.write(theme) + "Everything the thread says that no other theme claims.\n"));
  }

  /** Creates {@code content/themes/<slug>.md}, with no keywords or introduction yet. */
  public static Created theme(Path root, String title, String slug) {
    String chosen = slug(title, slug);
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("title", title.strip());
    fields.put("description", "");
    fields.put("keywords", List.of());
    return write(root, root.resolve("content/themes/" + chosen + ".md"), FrontMatterYaml.write(fields) + "\n");
  }

  /** Creates {@code content/essays/<slug>.md} in theme {@code theme}, with no paragraphs yet. */
  public static Created essay(Path root, String title, String theme, String slug) {
    String chosen = slug(title, slug);
    Path themes = root.resolve("content/themes");
    if (!Files.isRegularFile(themes.resolve(theme + ".md"))) {
      List<String> known = slugsIn(themes);
      throw new ScholiaException(
          Diagnostic.error("content/themes/" + theme + ".md", 0, "no theme `" + theme + "`")
              .withHint(known.isEmpty() ? "create the theme file first" : "known themes: " + String.join(", ", known)));
    }
    Path essays = root.resolve("content/essays");
    List<Path> existing = filesNamed(essays, chosen + ".md");
    if (!existing.isEmpty()) {
      throw new ScholiaException(
          Diagnostic.error(relative(root, existing.get(0)), 0, "an essay with slug `" + chosen + "` exists already")
              .withHint("choose another title, or give a slug with --slug"));
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("title", title.strip());
    fields.put("theme", theme);
    fields.put("summary", "");
    return write(root, essays.resolve(chosen + ".md"), FrontMatterYaml.write(fields) + "\n");
  }

  /** Creates {@code content/glossary/<slug>.md} for {@code term}, with an empty definition. */
  public static Created term(Path root, String term, String slug) {
    String chosen = slug(term, slug);
    // A glossary file that does not parse still names its term: a clash with it must not go unseen.
    Diagnostics problems = new Diagnostics();
    Content content = ContentReader.read(root, problems);
    problems.throwIfErrors();
    for (GlossaryTerm existing : content.glossary()) {
      boolean clash =
          existing.slug().equals(chosen)
              || existing.term().equalsIgnoreCase(term.strip())
              || existing.aliases().stream().anyMatch(alias -> alias.equalsIgnoreCase(term.strip()));
      if (clash) {
        throw new ScholiaException(
            Diagnostic.error(existing.path(), 0, "the glossary already has `" + existing.term() + "`")
                .withHint("edit that entry, or add the new name to its `aliases`"));
      }
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("term", term.strip());
    fields.put("aliases", List.of());
    return write(root, root.resolve("content/glossary/" + chosen + ".md"), FrontMatterYaml.write(fields) + "\n");
  }

  private static void requireTitle(String title) {
    if (title.isBlank()) {
      throw new ScholiaException(Diagnostic.error("(command line)", 0, "the title is empty"));
    }
  }

  private static String slug(String title, String given) {
    requireTitle(title);
    if (given == null) {
      return Slugs.fromTitle(title);
    }
    if (!Slugs.isValid(given)) {
      throw new ScholiaException(
          Diagnostic.error("(command line)", 0, "`" + given + "` cannot be a slug: it names the page's URL")
              .withHint("use lower-case letters, digits and hyphens, such as `" + Slugs.fromTitle(given) + "`"));
    }
    return given;
  }

  private static Created write(Path root, Path file, String text) {
    String path = relative(root, file);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    } catch (FileAlreadyExistsException e) {
      throw new ScholiaException(
          Diagnostic.error(path, 0, "the file exists already; it was left as it is")
              .withHint("choose another title, or give a slug with --slug"));
    } catch (IOException e) {
      throw new ScholiaException(Diagnostic.error(path, 0, "cannot write: " + e.getMessage()));
    }
    return new Created(file, path);
  }

  private static List<Path> filesNamed(Path folder, String name) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(p -> p.getFileName().toString().equals(name)).toList();
    } catch (IOException e) {
      throw new ScholiaException(Diagnostic.error(folder.toString(), 0, "cannot list: " + e.getMessage()));
    }
  }

  private static boolean holdsAnything(Path folder) {
    if (!Files.isDirectory(folder)) {
      return Files.exists(folder);
    }
    try (Stream<Path> list = Files.list(folder)) {
      return list.findAny().isPresent();
    } catch (IOException e) {
      throw new ScholiaException(Diagnostic.error(folder.toString(), 0, "cannot list: " + e.getMessage()));
    }
  }

  private static List<String> slugsIn(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(folder)) {
      return list.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".md"))
          .map(n -> n.substring(0, n.length() - 3))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new ScholiaException(Diagnostic.error(folder.toString(), 0, "cannot list: " + e.getMessage()));
    }
  }

  private static String relative(Path root, Path file) {
    return root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }
}
