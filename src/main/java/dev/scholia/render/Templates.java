package dev.scholia.render;

import dev.scholia.files.InputFiles;
import dev.scholia.model.Diagnostic;
import dev.scholia.model.Diagnostics;
import dev.scholia.model.ScholiaException;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import io.pebbletemplates.pebble.error.ParserException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The page templates, compiled once. Every template name, a page's or one it extends or includes,
 * is looked up in {@code templates/} in the archive root first and in the defaults bundled in the
 * jar after, as a Hugo site falls back to its theme's layouts: an archive overrides only the files
 * it wants to change (a copied {@code essay.peb} still extends the bundled {@code base.peb}, and
 * an archive's {@code base.peb} frames the bundled pages), and an archive made before a page
 * existed keeps building. Autoescaping is on: only values a template marks {@code | raw} (rendered
 * Markdown) and the feed's body for its CDATA section ({@link FeedEntry#contentInCdata}) reach the
 * output unescaped.
 */
public final class Templates {
  /** The page templates. */
  public static final List<String> PAGES = List.of("index.peb", "theme.peb", "essay.peb", "glossary.peb", "thread.peb", "404.peb");

  /** The templates of the files hosts and feed readers expect. */
  public static final List<String> HOST_FILES = List.of("feed.xml.peb", "sitemap.xml.peb", "robots.txt.peb");

  /** Every template a build renders; all are compiled up front so errors surface together. */
  public static final List<String> ALL = Stream.concat(PAGES.stream(), HOST_FILES.stream()).toList();

  private static final Pattern NOT_FOUND = Pattern.compile("Could not find template \"([^\"]*)\"");

  private static final String BUNDLED = "(bundled templates)/";

  /** The archive's template sources by path, to locate references; empty without {@code templates/}. */
  private final Map<String, String> sources;
  private final Map<String, PebbleTemplate> compiled;
  private final Map<String, String> fingerprints;

  private Templates(Map<String, String> sources, Map<String, PebbleTemplate> compiled, Map<String, String> fingerprints) {
    this.sources = sources;
    this.compiled = compiled;
    this.fingerprints = fingerprints;
  }

  /** Loads and compiles the templates of {@code root}, falling back to the bundled ones. */
  public static Templates load(Path root) {
    Path folder = root.resolve("templates");
    ClasspathLoader bundled = new ClasspathLoader(Templates.class.getClassLoader());
    bundled.setPrefix("templates");
    Loader<?> loader = bundled;
    Map<String, String> sources = Map.of();
    Map<String, String> fingerprints = new HashMap<>();
    if (Files.isDirectory(folder)) {
      FileLoader files = new FileLoader();
      files.setPrefix(folder.toAbsolutePath().toString());
      loader = new DelegatingLoader(List.of(files, bundled));
      sources = sources(folder);
      fingerprints.putAll(TemplateFingerprints.of(withBundledTheyReach(sources), ALL));
    } else {
      // The jar's templates cannot change while it runs.
      ALL.forEach(name -> fingerprints.put(name, "bundled"));
    }
    PebbleEngine engine = engine(loader);
    Diagnostics problems = new Diagnostics();
    Map<String, PebbleTemplate> compiled = new HashMap<>();
    Templates templates = new Templates(sources, compiled, fingerprints);
    for (String name : ALL) {
      try {
        compiled.put(name, engine.getTemplate(name));
      } catch (PebbleException e) {
        problems.add(templates.located(name, e));
      } catch (RuntimeException e) {
        problems.add(Diagnostic.error(templates.origin(name) + name, 0, "cannot load template: " + e.getMessage()));
      }
    }
    problems.throwIfErrors();
    return templates;
  }

  /**
   * The archive's templates and the bundled ones that the pages reach where the archive has none:
   * a bundled page extending the archive's {@code base.peb} changes with it, and the archive's
   * page extending the bundled one must find it to follow its references.
   */
  private static Map<String, String> withBundledTheyReach(Map<String, String> archive) {
    Map<String, String> out = new HashMap<>(archive);
    Deque<String> todo = new ArrayDeque<>(ALL);
    Set<String> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      String name = todo.pop();
      if (!seen.add(name)) {
        continue;
      }
      String source = out.containsKey(name) ? out.get(name) : bundledSource(name);
      if (source != null) {
        out.put(name, source);
        todo.addAll(TemplateFingerprints.namesIn(source));
      }
    }
    return out;
  }

  private static String bundledSource(String name) {
    try (InputStream in = Templates.class.getClassLoader().getResourceAsStream("templates/" + name)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("reading the jar's own templates", e);
    }
  }

  /** Where a template's file is shown to come from, for messages. */
  private String origin(String name) {
    return sources.containsKey(name) ? "templates/" : BUNDLED;
  }

  private static PebbleEngine engine(Loader<?> loader) {
    return new PebbleEngine.Builder()
        .loader(loader)
        .autoEscaping(true)
        .addEscapingStrategy("html", HtmlEscaper::escape)
        .strictVariables(false)
        .defaultLocale(Locale.ROOT)
        .newLineTrimming(true)
        .build();
  }

  /**
   * Changes whenever {@code name} or a template it reaches changes: what incremental rebuilds
   * compare to find the pages a template edit affects.
   */
  public String fingerprint(String name) {
    return fingerprints.get(name);
  }

  private static Map<String, String> sources(Path folder) {
    Map<String, String> sources = new HashMap<>();
    try {
      // Every entry is checked, not only .peb files: Pebble would follow a linked folder too.
      for (Path file : InputFiles.list(folder.getParent(), folder, true)) {
        if (file.toString().endsWith(".peb")) {
          sources.put(InputFiles.shown(folder, file), Files.readString(file));
        }
      }
    } catch (IOException e) {
      throw new ScholiaException(Diagnostic.error("templates", 0, "cannot read templates: " + e.getMessage()));
    }
    return sources;
  }

  /**
   * Renders {@code name} with {@code context} into {@code out}, so the page is never held whole;
   * errors carry the template file and line.
   */
  public void render(String name, Map<String, Object> context, Writer out) {
    try {
      compiled.get(name).evaluate(out, context, Locale.ROOT);
    } catch (PebbleException e) {
      throw new ScholiaException(located(name, e));
    } catch (IOException e) {
      throw new ScholiaException(Diagnostic.error(origin(name) + name, 0, e.getMessage()));
    }
  }

  /**
   * The problem at the template file and line Pebble reports. A missing template is reported by
   * Pebble without a line: it is then located at the line of the template that names it.
   */
  private Diagnostic located(String name, PebbleException e) {
    String file = e.getFileName() == null ? name : shown(e.getFileName());
    int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
    Matcher missing = NOT_FOUND.matcher(String.valueOf(e.getPebbleMessage()));
    if (missing.find()) {
      String wanted = missing.group(1);
      if (!wanted.equals(file)) {
        Reference at = referenceTo(wanted);
        if (at != null) {
          return Diagnostic.error("templates/" + at.file(), at.line(), "template error: it names the template `" + wanted + "`, which does not exist")
              .withHint("create templates/" + wanted + ", or fix the name; templates can only include files inside templates/");
        }
      }
      return Diagnostic.error("templates/" + wanted, 0, "template error: the template `" + wanted + "` does not exist")
          .withHint("create it, or fix the name; templates can only include files inside templates/");
    }
    Diagnostic problem = Diagnostic.error(origin(file) + file, line, "template error: " + e.getPebbleMessage());
    return e instanceof ParserException
        ? problem.withHint("check that every {% if %}, {% for %} and {% block %} is closed and every {{ }} holds an expression")
        : problem;
  }

  /**
   * Pebble names the template as it was asked for, relative to the templates folder (an include
   * such as {@code partials/note.peb} keeps its sub-folder, which the message must keep too).
   */
  private static String shown(String pebbleName) {
    return Path.of(pebbleName).normalize().toString().replace('\\', '/');
  }

  private record Reference(String file, int line) {}

  /**
   * The first line of the archive's templates that names {@code wanted} in quotes, or null. Pebble
   * reports the name as it resolved it, so {@code "partials/../x.peb"} is matched by its ending.
   */
  private Reference referenceTo(String wanted) {
    Pattern quoted = Pattern.compile("[\"'](?:[^\"']*/)?" + Pattern.quote(wanted) + "[\"']");
    for (String file : new TreeMap<>(sources).keySet()) {
      List<String> lines = sources.get(file).lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        if (quoted.matcher(lines.get(i)).find()) {
          return new Reference(file, i + 1);
        }
      }
    }
    return null;
  }

}
