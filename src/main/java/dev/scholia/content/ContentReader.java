package dev.scholia.content;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scholia.files.InputFiles;
import dev.scholia.model.Content;
import dev.scholia.model.Diagnostic;
import dev.scholia.model.Diagnostics;
import dev.scholia.model.EssaySource;
import dev.scholia.model.GlossaryTerm;
import dev.scholia.model.Keyword;
import dev.scholia.model.ScholiaException;
import dev.scholia.model.SiteConfig;
import dev.scholia.model.Theme;
import dev.scholia.thread.Utf8Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads {@code content/}: {@code site.yaml}, {@code themes/*.md}, {@code essays/**}{@code /*.md} and
 * {@code glossary/*.md}. Files are visited in sorted order so results never depend on the file
 * system's listing order. Every problem is collected; the caller decides when to stop.
 */
public final class ContentReader {
  private static final Set<String> SITE_KEYS =
      Set.of("title", "description", "baseUrl", "language", "author", "unsafeHtml", "date");
  private static final Set<String> THEME_KEYS = Set.of("title", "order", "description", "keywords", "catchAll");
  private static final Set<String> ESSAY_KEYS = Set.of("title", "theme", "summary", "order", "sources");
  private static final Set<String> TERM_KEYS = Set.of("term", "aliases");

  private final Path root;
  private final Diagnostics diagnostics;
  private final FileMemo memo;
  /** Files that could not be read: checks that refer to them would only repeat their errors. */
  private final Set<String> unreadable = new HashSet<>();

  private ContentReader(Path root, Diagnostics diagnostics, FileMemo memo) {
    this.root = root;
    this.diagnostics = diagnostics;
    this.memo = memo;
  }

  /** Reads everything under {@code root/content}; problems go to {@code diagnostics}. */
  public static Content read(Path root, Diagnostics diagnostics) {
    return read(root, diagnostics, FileMemo.NONE);
  }

  /** As {@link #read(Path, Diagnostics)}, reusing the parse of files {@code memo} saw unchanged. */
  public static Content read(Path root, Diagnostics diagnostics, FileMemo memo) {
    return new ContentReader(root, diagnostics, memo).read();
  }

  private Content read() {
    Path content = root.resolve("content");
    if (!Files.isDirectory(content)) {
      throw new ScholiaException(
          Diagnostic.error("content", 0, "no content/ folder in " + root.toAbsolutePath().normalize())
              .withHint("start an archive with `scholia new archive \"TITLE\"`, or pass the --root of one"));
    }
    if (InputFiles.isLink(root, content, diagnostics)) {
      return new Content(SiteConfig.defaults(), List.of(), List.of(), List.of());
    }
    SiteConfig site = readSite(content.resolve("site.yaml"));
    List<Theme> themes = readAll(content.resolve("themes"), false, this::theme);
    themes =
        themes.stream().sorted(Comparator.comparingInt(Theme::order).thenComparing(Theme::slug)).toList();
    List<EssaySource> essays = readAll(content.resolve("essays"), true, this::essay);
    List<GlossaryTerm> glossary = readAll(content.resolve("glossary"), false, this::term);
    checkThemes(themes);
    checkEssayThemes(essays, themes);
    checkUnique(essays, EssaySource::slug, EssaySource::path, "essay");
    checkUnique(glossary, GlossaryTerm::slug, GlossaryTerm::path, "glossary term");
    checkUnique(glossary, t -> t.term().toLowerCase(Locale.ROOT), GlossaryTerm::path, "glossary term");
    return new Content(site, themes, essays, glossary);
  }

  private SiteConfig readSite(Path file) {
    if (!Files.exists(file) || InputFiles.isLink(root, file, diagnostics)) {
      return SiteConfig.defaults();
    }
    String path = relative(file);
    ContentFile yaml = FrontMatterParser.parseYamlFile(path, text(file, path));
    Fields fields = new Fields(yaml, SITE_KEYS, diagnostics);
    SiteConfig defaults = SiteConfig.defaults();
    String baseUrl = fields.text("baseUrl", null);
    if (baseUrl != null && !baseUrl.matches("https?://[^\\s]+")) {
      fields.error("baseUrl", "`baseUrl` must be an absolute http(s) URL, such as https://example.org/archive/");
      baseUrl = null;
    }
    if (baseUrl != null && !baseUrl.endsWith("/")) {
      baseUrl = baseUrl + "/";
    }
    return new SiteConfig(
        fields.text("title", defaults.title()),
        fields.text("description", defaults.description()),
        baseUrl,
        fields.text("language", defaults.language()),
        fields.text("author", null),
        fields.flag("unsafeHtml"),
        date(fields, defaults.date()));
  }

  /** {@code date: 2026-11-28}: YAML reads an unquoted date as text, so both forms parse alike. */
  private static LocalDate date(Fields fields, LocalDate fallback) {
    String text = fields.text("date", null);
    if (text == null) {
      return fallback;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      fields.error("date", "`date` must be a day written YYYY-MM-DD, not `" + text + "`");
      return fallback;
    }
  }

  private Theme theme(ContentFile file, String slug) {
    Fields fields = new Fields(file, THEME_KEYS, diagnostics);
    return new Theme(
        slug,
        fields.requireText("title"),
        fields.integer("order", Integer.MAX_VALUE),
        fields.text("description", ""),
        keywords(fields),
        fields.flag("catchAll"),
        file.body(),
        file.path());
  }

  /** Keywords are strings, or one-entry maps {@code phrase: weight}. */
  private List<Keyword> keywords(Fields fields) {
    JsonNode node = fields.node("keywords");
    List<Keyword> out = new ArrayList<>();
    if (node == null || node.isNull()) {
      return out;
    }
    if (!node.isArray()) {
      fields.error("keywords", "`keywords` must be a list of words or phrases");
      return out;
    }
    for (JsonNode item : node) {
      if (item.isTextual()) {
        out.add(new Keyword(item.asText().toLowerCase(Locale.ROOT), 1.0));
      } else if (item.isObject() && item.size() == 1 && item.elements().next().isNumber()) {
        Map.Entry<String, JsonNode> entry = item.fields().next();
        out.add(new Keyword(entry.getKey().toLowerCase(Locale.ROOT), entry.getValue().asDouble()));
      } else {
        fields.error("keywords", "a keyword must be a phrase or `phrase: weight`, not " + item);
      }
    }
    return out;
  }

  private EssaySource essay(ContentFile file, String slug) {
    Fields fields = new Fields(file, ESSAY_KEYS, diagnostics);
    return new EssaySource(
        slug,
        fields.requireText("title"),
        fields.requireText("theme"),
        fields.text("summary", ""),
        fields.integer("order", Integer.MAX_VALUE),
        fields.texts("sources"),
        file.body(),
        fields.lineOf("theme"));
  }

  private GlossaryTerm term(ContentFile file, String slug) {
    Fields fields = new Fields(file, TERM_KEYS, diagnostics);
    return new GlossaryTerm(slug, fields.requireText("term"), fields.texts("aliases"), file.body());
  }

  private interface FileReader<T> {
    T read(ContentFile file, String slug);
  }

  private <T> List<T> readAll(Path folder, boolean recursive, FileReader<T> reader) {
    List<Path> files =
        InputFiles.list(root, folder, recursive, diagnostics).stream()
            .filter(p -> p.getFileName().toString().endsWith(".md"))
            .toList();
    List<Path> named = new ArrayList<>();
    for (Path file : files) {
      String slug = slugOf(file);
      String badSlug = Slugs.problem(slug);
      if (badSlug != null) {
        diagnostics.add(
            Diagnostic.error(relative(file), 0, "the file name `" + slug + "` cannot be a slug (it names the page's URL): " + badSlug)
                .withHint("rename the file to `" + Slugs.fromTitle(slug) + ".md`"));
      } else {
        named.add(file);
      }
    }
    // Reading, decoding and parsing YAML are most of the work and touch nothing shared, so they
    // run in parallel; the fields are then checked in file order, into the shared diagnostics.
    List<Object> parsed = named.parallelStream().map(this::parse).toList();
    List<T> out = new ArrayList<>();
    for (int i = 0; i < named.size(); i++) {
      try {
        if (parsed.get(i) instanceof ScholiaException e) {
          throw e;
        }
        out.add(reader.read((ContentFile) parsed.get(i), slugOf(named.get(i))));
      } catch (ScholiaException e) {
        unreadable.add(relative(named.get(i)));
        diagnostics.addAll(e.diagnostics());
      }
    }
    return out;
  }

  /** The parsed file, or the {@link ScholiaException} saying why it cannot be read. */
  private Object parse(Path file) {
    String path = relative(file);
    try {
      return memo.remember(file, () -> FrontMatterParser.parse(path, text(file, path)));
    } catch (ScholiaException e) {
      return e;
    }
  }

  private static String slugOf(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - ".md".length());
  }

  private String text(Path file, String path) {
    try {
      return Utf8Text.decode(path, Files.readAllBytes(file)).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new ScholiaException(Diagnostic.error(path, 0, "cannot read file: " + e.getMessage()));
    }
  }

  private void checkThemes(List<Theme> themes) {
    List<Theme> catchAll = themes.stream().filter(Theme::catchAll).toList();
    for (Theme extra : catchAll.subList(Math.min(1, catchAll.size()), catchAll.size())) {
      diagnostics.add(
          Diagnostic.error(extra.path(), 0, "a second catch-all theme; `" + catchAll.get(0).slug() + "` is one already")
              .withHint("set `catchAll: true` on one theme only"));
    }
  }

  private void checkEssayThemes(List<EssaySource> essays, List<Theme> themes) {
    Set<String> known = themes.stream().map(Theme::slug).collect(Collectors.toSet());
    for (EssaySource essay : essays) {
      boolean broken = unreadable.contains("content/themes/" + essay.theme() + ".md");
      if (!essay.theme().isEmpty() && !known.contains(essay.theme()) && !broken) {
        diagnostics.add(
            Diagnostic.error(essay.path(), essay.themeLine(), "unknown theme `" + essay.theme() + "`")
                .withHint(
                    known.isEmpty()
                        ? "add content/themes/" + essay.theme() + ".md"
                        : "known themes: " + String.join(", ", themes.stream().map(Theme::slug).toList())));
      }
    }
  }

  private <T> void checkUnique(List<T> items, Function<T, String> key, Function<T, String> path, String what) {
    Map<String, String> first = new HashMap<>();
    for (T item : items) {
      String previous = first.putIfAbsent(key.apply(item), path.apply(item));
      if (previous != null) {
        diagnostics.add(
            Diagnostic.error(path.apply(item), 0, "duplicate " + what + " `" + key.apply(item) + "`; also defined in " + previous)
                .withHint("rename or merge one of them"));
      }
    }
  }

  private String relative(Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }
}
