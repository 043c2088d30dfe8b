package dev.scholia.render;

import dev.scholia.incremental.Inputs;
import dev.scholia.link.LinkedBody;
import dev.scholia.link.Links;
import dev.scholia.link.Urls;
import dev.scholia.markdown.ParsedEssay;
import dev.scholia.markdown.PlainText;
import dev.scholia.model.Background;
import dev.scholia.model.Content;
import dev.scholia.model.Discussion;
import dev.scholia.model.EssaySource;
import dev.scholia.model.GlossaryTerm;
import dev.scholia.model.SiteConfig;
import dev.scholia.model.SourceLine;
import dev.scholia.model.Theme;
import java.io.Writer;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Builds the template views of an archive once (themes, essay cards, reading order) and hands out
 * one {@link PageJob} per page. Essay bodies are rendered inside their job, in parallel.
 *
 * <p>Pages read the archive only through {@link #inputs()}: every value a page uses is published
 * there under a key, so incremental rebuilds learn what each page depends on by watching it read.
 * A new kind of page publishes what it needs in {@link #publish} and reads it with
 * {@code inputs.get}; reading a field directly would hide the dependency and leave the page stale
 * after an edit (the incremental-equals-full-build tests catch that).
 */
public final class PageRenderer {
  /** The table of contents lists sections and subsections; deeper headings would crowd it. */
  private static final int TOC_DEPTH = 3;

  private final Archive archive;
  private final BodyRenderer bodies;
  private final List<ThemeView> themes = new ArrayList<>();
  private final Map<String, ParsedEssay> essays = new LinkedHashMap<>();
  private final Map<String, EssayCard> cards = new HashMap<>();
  /** Each essay's theme and neighbours in its reading order, published for its page alone. */
  private final Map<String, Place> places = new HashMap<>();
  private final RenderCache cache;
  /** How many files the search index has; what they hold is published as pending inputs. */
  private final SearchIndex.Layout search;
  private final Inputs inputs;

  /** A renderer for a one-off build. */
  public PageRenderer(Archive archive) {
    this(archive, RenderCache.none());
  }

  /** A renderer reusing what {@code cache} kept from a session's earlier builds. */
  public PageRenderer(Archive archive, RenderCache cache) {
    this.archive = archive;
    this.cache = cache;
    cache.retain(archive.essays().stream().map(ParsedEssay::document).collect(Collectors.toSet()));
    archive.essays().forEach(e -> essays.put(e.slug(), e));
    archive.essays().parallelStream().map(cache::card).toList().forEach(c -> cards.put(c.slug(), c));
    this.bodies =
        new BodyRenderer(archive.provenance(), archive.links(), slug -> cards.get(slug).title(), archive.content().site().unsafeHtml());
    Content content = archive.content();
    for (Theme theme : content.themes()) {
      List<EssayCard> members =
          archive.essays().stream()
              .filter(e -> e.source().theme().equals(theme.slug()))
              .sorted(Comparator.comparingInt((ParsedEssay e) -> e.source().order()).thenComparing(ParsedEssay::slug))
              .map(e -> cards.get(e.slug()))
              .toList();
      ThemeView view =
          new ThemeView(
              theme.slug(),
              theme.title(),
              theme.description(),
              bodies.render(archive.links().theme(theme.slug()), "../../"),
              Urls.theme(theme.slug()),
              members);
      themes.add(view);
      ThemeLink link = new ThemeLink(theme.slug(), theme.title(), theme.description(), view.url());
      for (int i = 0; i < members.size(); i++) {
        places.put(members.get(i).slug(), new Place(link, i > 0 ? members.get(i - 1) : null, i + 1 < members.size() ? members.get(i + 1) : null));
      }
    }
    List<GlossaryView> glossary = glossaryViews();
    SearchIndex index = searchIndex(glossary);
    this.search = index.layout();
    // Extracting the search index's text and words was most of this set-up (1.2 of 1.7 s at 4,000
    // essays), and only the index's own files read the index: it is built in the background while
    // the rest of the set-up, the site writer's source map and the other pages go on, stretches
    // that kept only one core busy. Its parts are published pending: those files, listed last, and
    // a session comparing builds wait for them.
    this.inputs = publish(glossary, Background.start("scholia-search", () -> index.build(cache.searchIndex())));
  }

  /** Every value a page may read, by key; see the class comment. */
  public Inputs inputs() {
    return inputs;
  }

  private Inputs publish(List<GlossaryView> glossary, CompletableFuture<SearchIndex.Files> searchFiles) {
    Inputs.Builder out = Inputs.builder();
    out.put("site", archive.content().site());
    out.put("themes", List.copyOf(themes));
    for (ThemeView theme : themes) {
      out.put("theme:" + theme.slug(), theme);
    }
    Links links = archive.links();
    Map<String, String> titleOf = new HashMap<>();
    cards.forEach((slug, card) -> titleOf.put(slug, card.title()));
    Function<String, String> titles = titleOf::get;
    for (ParsedEssay essay : essays.values()) {
      String slug = essay.slug();
      out.put("essay:" + slug, essay.source());
      out.put("place:" + slug, places.get(slug));
      out.put("lines:" + slug, archive.provenance().linesOf(slug));
      out.put("links:" + slug, LinkFacts.of(links.essay(slug), archive.provenance(), links, titles));
      out.put("backlinks:" + slug, links.backlinksOf(slug).stream().map(cards::get).toList());
      out.put("related:" + slug, links.relatedTo(slug).stream().map(cards::get).toList());
    }
    out.put("glossary", glossary);
    out.put("nav", navigation());
    out.put("threads", archive.discussions().stream().map(d -> new LinkView(d.seed(), Urls.thread(d.seed()))).toList());
    out.put("thread-pages", threadPages());
    for (ThreadView thread : cache.threadViews(archive.discussions(), archive.provenance(), titleOf)) {
      out.put("thread:" + thread.url(), thread);
    }
    for (String template : Templates.ALL) {
      out.put("template:" + template, archive.templates().fingerprint(template));
    }
    out.putPending("search:index", searchFiles.thenApply(SearchIndex.Files::documents));
    for (int b = 0; b < search.buckets(); b++) {
      int bucket = b;
      out.putPending("search:words-" + b, searchFiles.thenApply(files -> files.words().get(bucket)));
    }
    for (int c = 0; c < search.chunks(); c++) {
      int chunk = c;
      out.putPending("search:text-" + c, searchFiles.thenApply(files -> files.chunk(chunk)));
    }
    return out.build();
  }

  /**
   * Every file of the site rendered from the archive, in a fixed order: the host files (robots,
   * feed, sitemap), the threads' pages, the other pages, then the search index.
   */
  public List<PageJob> pages() {
    List<PageJob> pages = new ArrayList<>();
    pages.add(new PageJob("index.html", (PageJob.Body) this::index));
    pages.add(new PageJob("404.html", (PageJob.Body) this::notFound));
    for (ThemeView theme : themes) {
      pages.add(new PageJob(theme.url() + "index.html", out -> theme(theme.slug(), out)));
    }
    for (ParsedEssay essay : essays.values()) {
      pages.add(new PageJob(Urls.essay(essay.slug()) + "index.html", out -> essay(essay, out)));
    }
    if (!archive.content().glossary().isEmpty()) {
      pages.add(new PageJob(Urls.GLOSSARY + "index.html", (PageJob.Body) this::glossary));
    }
    // The site writer takes jobs in this order. The feed gathers the whole archive in one long
    // job, and a thread's page shows every line of the thread: listed first, they start at once
    // while the other threads render pages, rather than last, when the other threads would sit
    // idle waiting for them. The search index's files come last: they wait for the index, which
    // is built meanwhile.
    List<PageJob> threads = new ArrayList<>();
    for (String url : threadPages()) {
      threads.add(new PageJob(url + "index.html", out -> thread(url, out)));
    }
    List<PageJob> jobs = new ArrayList<>(new HostFiles(inputs, this::render).jobs(listed(pages, threads), this::feedEntries));
    jobs.addAll(threads);
    jobs.addAll(pages);
    jobs.addAll(searchJobs());
    return jobs;
  }

  /** The HTML pages in the order the sitemap lists them: the threads' pages last. */
  private static List<PageJob> listed(List<PageJob> pages, List<PageJob> threads) {
    List<PageJob> all = new ArrayList<>(pages);
    all.addAll(threads);
    return all;
  }

  private void index(Writer out) {
    SiteConfig site = inputs.get("site", SiteConfig.class);
    Page page = Page.at("index.html", site.title(), site.description());
    Map<String, Object> context = context(page);
    context.put("themes", inputs.get("themes", List.class));
    context.put("glossary", !inputs.get("glossary", List.class).isEmpty());
    context.put("threads", inputs.get("threads", List.class));
    render("index.peb", context, out);
  }

  private void notFound(Writer out) {
    Page at = Page.at("404.html", "Page not found", "There is no page at this address.");
    // Hosts serve this page for a missing URL at any depth, where relative links would break;
    // with a baseUrl its links start from the site's path instead, as Hugo's and Zola's do.
    String base = inputs.get("site", SiteConfig.class).baseUrl();
    Page page = base == null ? at : new Page(at.path(), at.title(), at.description(), URI.create(base).getPath());
    Map<String, Object> context = context(page);
    context.put("themes", inputs.get("themes", List.class));
    render("404.peb", context, out);
  }

  private void theme(String slug, Writer out) {
    ThemeView theme = inputs.get("theme:" + slug, ThemeView.class);
    Page page = Page.at(theme.url() + "index.html", theme.title(), theme.description());
    Map<String, Object> context = context(page);
    context.put("theme", theme);
    render("theme.peb", context, out);
  }

  private void essay(ParsedEssay essay, Writer out) {
    String slug = essay.slug();
    EssaySource source = inputs.get("essay:" + slug, EssaySource.class);
    Place place = inputs.get("place:" + slug, Place.class);
    List<SourceLine> lines = typedList(inputs.get("lines:" + slug, List.class));
    EssayView view =
        new EssayView(
            cards.get(slug),
            place.theme(),
            essayBody(essay).get(),
            TableOfContents.of(archive.links().essay(slug).headingIds(), essay.document(), TOC_DEPTH),
            place.previous(),
            place.next(),
            sourceLines(lines),
            threadLinks(lines),
            typedList(inputs.get("backlinks:" + slug, List.class)),
            typedList(inputs.get("related:" + slug, List.class)));
    Page page = Page.at(Urls.essay(slug) + "index.html", source.title(), source.summary());
    Map<String, Object> context = context(page);
    context.put("essay", view);
    render("essay.peb", context, out);
  }

  private void glossary(Writer out) {
    Page page = Page.at(Urls.GLOSSARY + "index.html", "Glossary", "The terms the essays use, with the essays that use them.");
    Map<String, Object> context = context(page);
    context.put("terms", inputs.get("glossary", List.class));
    render("glossary.peb", context, out);
  }

  /** The glossary entries in alphabetical order, definitions rendered for the glossary page. */
  private List<GlossaryView> glossaryViews() {
    Links links = archive.links();
    return archive.content().glossary().stream()
        .sorted(Comparator.comparing((GlossaryTerm t) -> t.term().toLowerCase(Locale.ROOT)).thenComparing(GlossaryTerm::slug))
        .map(
            t ->
                new GlossaryView(
                    t.slug(),
                    t.term(),
                    t.aliases(),
                    bodies.render(links.term(t.slug()), "../"),
                    links.usersOf(t.slug()).stream().map(cards::get).toList()))
        .toList();
  }

  /** The URL of every page of every thread, in thread order. */
  private List<String> threadPages() {
    List<String> urls = new ArrayList<>();
    for (Discussion discussion : archive.discussions()) {
      for (int p = 1; p <= ThreadPage.pages(discussion); p++) {
        urls.add(Urls.threadPage(discussion.seed(), p));
      }
    }
    return urls;
  }

  /** The thread page at {@code url}: a page of one thread. */
  private void thread(String url, Writer out) {
    ThreadView view = inputs.get("thread:" + url, ThreadView.class);
    String title = "Source thread " + view.seed() + (view.pages() > 1 ? ", lines " + view.lines() : "");
    Page page = Page.at(url + "index.html", title, "The source thread, line by line, with where each line lives in the essays.");
    Map<String, Object> context = context(page);
    context.put("thread", view);
    render("thread.peb", context, out);
  }

  /** The header's links besides the archive's index: the glossary and the source threads. */
  private List<LinkView> navigation() {
    List<LinkView> nav = new ArrayList<>();
    if (!archive.content().glossary().isEmpty()) {
      nav.add(new LinkView("Glossary", Urls.GLOSSARY));
    }
    List<Discussion> threads = archive.discussions();
    for (Discussion thread : threads) {
      String name = threads.size() == 1 ? "Source thread" : "Thread " + SourceLine.nameOf(thread.seed());
      nav.add(new LinkView(name, Urls.thread(thread.seed())));
    }
    return nav;
  }

  /** Essays in reading order, theme by theme: what the search index and the feed list. */
  private List<ParsedEssay> readingOrder() {
    List<ParsedEssay> out = new ArrayList<>();
    for (Object theme : inputs.get("themes", List.class)) {
      for (EssayCard card : ((ThemeView) theme).essays()) {
        inputs.get("essay:" + card.slug(), EssaySource.class);
        out.add(essays.get(card.slug()));
      }
    }
    return out;
  }

  /**
   * The search index's files. Each reads only its own part of the index, so an edit re-renders
   * the few files whose part it changed (a note's text file, the word files of its words).
   */
  private List<PageJob> searchJobs() {
    List<PageJob> jobs = new ArrayList<>();
    jobs.add(new PageJob(SearchIndex.FOLDER + "index.js", () -> SearchIndex.index(typedList(inputs.get("search:index", List.class)))));
    for (int b = 0; b < search.buckets(); b++) {
      int bucket = b;
      jobs.add(
          new PageJob(
              SearchIndex.FOLDER + "words-" + b + ".js",
              () -> SearchIndex.words(bucket, typedList(inputs.get("search:words-" + bucket, List.class)))));
    }
    for (int c = 0; c < search.chunks(); c++) {
      int chunk = c;
      jobs.add(
          new PageJob(
              SearchIndex.FOLDER + "text-" + c + ".js", () -> SearchIndex.text(chunk, typedList(inputs.get("search:text-" + chunk, List.class)))));
    }
    return jobs;
  }

  /** The search index of the essays in reading order, then the glossary, not yet built. */
  private SearchIndex searchIndex(List<GlossaryView> glossary) {
    SearchIndex index = new SearchIndex();
    for (ThemeView theme : themes) {
      for (EssayCard card : theme.essays()) {
        ParsedEssay essay = essays.get(card.slug());
        index.addEssay(essay, () -> cache.passages(essay), theme.title(), card.url() + "index.html");
      }
    }
    for (GlossaryView term : glossary) {
      index.addTerm(term.term(), term.aliases(), archive.links().term(term.slug()).body().document(), Urls.term(term.slug()));
    }
    return index;
  }

  /** Essays in reading order, their bodies rendered for feed readers as the feed is written. */
  private List<FeedEntry> feedEntries() {
    String base = inputs.get("site", SiteConfig.class).baseUrl();
    List<FeedEntry> entries = new ArrayList<>();
    for (ParsedEssay essay : readingOrder()) {
      EssayCard card = cards.get(essay.slug());
      ThemeView theme = inputs.get("theme:" + essay.source().theme(), ThemeView.class);
      // Looked up here, on the feed's own thread, so the feed depends on every body it shows.
      Supplier<String> body = essayBody(essay);
      entries.add(new FeedEntry(card.title(), base + card.url(), theme.title(), card.summary(), body));
    }
    return entries;
  }

  /**
   * An essay's body as its page and the feed show it (links resolve from the essay's folder),
   * rendered when asked for. The body is drawn from the live link data; reading the essay's
   * {@code links:} input makes the page depend on what the body takes from it.
   */
  private Supplier<String> essayBody(ParsedEssay essay) {
    List<?> facts = inputs.get("links:" + essay.slug(), List.class);
    boolean trustHtml = inputs.get("site", SiteConfig.class).unsafeHtml();
    LinkedBody body = archive.links().essay(essay.slug());
    return () -> cache.body(essay, facts, trustHtml, () -> bodies.render(body, "../../"));
  }

  private Map<String, Object> context(Page page) {
    Map<String, Object> context = new HashMap<>();
    context.put("site", inputs.get("site", SiteConfig.class));
    context.put("page", page);
    context.put("root", page.root());
    context.put("nav", inputs.get("nav", List.class));
    return context;
  }

  private void render(String template, Map<String, Object> context, Writer out) {
    inputs.get("template:" + template, String.class);
    archive.templates().render(template, context, out);
  }

  /**
   * An essay's place in its theme: the theme, and the essays before and after it in reading order
   * ({@code null} at either end).
   */
  private record Place(ThemeLink theme, EssayCard previous, EssayCard next) {}

  @SuppressWarnings("unchecked")
  private static <T> List<T> typedList(List<?> list) {
    return (List<T>) list;
  }

  /** Each thread the essay quotes, labelled as {@link #sourceLines}, linked to its first line there. */
  private static List<LinkView> threadLinks(List<SourceLine> lines) {
    Map<String, SourceLine> first = new TreeMap<>();
    lines.forEach(l -> first.putIfAbsent(l.seed(), l));
    List<String> labels = sourceLines(lines);
    List<LinkView> out = new ArrayList<>();
    int i = 0;
    for (SourceLine line : first.values()) {
      out.add(new LinkView(labels.get(i++), Urls.threadLine(line)));
    }
    return out;
  }

  /** {@code seeds/a.txt: 3–5, 9}: the essay's thread lines, runs collapsed. */
  static List<String> sourceLines(List<SourceLine> lines) {
    Map<String, List<Integer>> bySeed = new TreeMap<>();
    lines.forEach(l -> bySeed.computeIfAbsent(l.seed(), k -> new ArrayList<>()).add(l.line()));
    List<String> out = new ArrayList<>();
    bySeed.forEach(
        (seed, numbers) -> {
          List<String> runs = new ArrayList<>();
          int start = numbers.get(0);
          int previous = start;
          for (int n : numbers.subList(1, numbers.size())) {
            if (n != previous + 1) {
              runs.add(start == previous ? "" + start : start + "–" + previous);
              start = n;
            }
            previous = n;
          }
          runs.add(start == previous ? "" + start : start + "–" + previous);
          out.add(seed + ": " + String.join(", ", runs));
        });
    return out;
  }
}
