package dev.scholia.render;

import dev.scholia.incremental.Inputs;
import dev.scholia.model.SiteConfig;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The files hosts and feed readers expect beside the pages: {@code robots.txt} always, and
 * {@code feed.xml} (Atom) and {@code sitemap.xml} when {@code site.yaml} sets a {@code baseUrl},
 * since both formats need absolute URLs. Pages themselves link relatively, so the same site works
 * under any sub-path and from disk.
 *
 * <p>Dates come from {@code site.yaml}'s {@code date}, never from the clock or from git, so
 * rebuilding unchanged content gives the same bytes (Zola likewise takes dates from front matter
 * only; Hugo's git-based dates make output depend on the checkout).
 */
final class HostFiles {
  static final String FEED = "feed.xml";
  static final String SITEMAP = "sitemap.xml";
  static final String ROBOTS = "robots.txt";

  private final Inputs inputs;
  private final TemplateWriter templates;

  /** Renders a template with a context into a writer, recording the template as read. */
  @FunctionalInterface
  interface TemplateWriter {
    void render(String template, Map<String, Object> context, Writer out);
  }

  /**
   * @param inputs the build's published values, read (and so recorded) by each job
   * @param templates renders a template with a context, recording the template as read
   */
  HostFiles(Inputs inputs, TemplateWriter templates) {
    this.inputs = inputs;
    this.templates = templates;
  }

  /** Whether the site has a feed (and a sitemap): only with a {@code baseUrl}, for absolute links. */
  private static boolean writesFeed(SiteConfig site) {
    return site.baseUrl() != null;
  }

  /** The jobs for the host files; {@code pages} are the HTML pages the sitemap lists. */
  List<PageJob> jobs(List<PageJob> pages, Supplier<List<FeedEntry>> entries) {
    PageJob robots = new PageJob(ROBOTS, out -> templates.render("robots.txt.peb", context(), out));
    if (!writesFeed(inputs.get("site", SiteConfig.class))) {
      return List.of(robots);
    }
    return List.of(robots, new PageJob(FEED, out -> feed(entries.get(), out)), new PageJob(SITEMAP, out -> sitemap(pages, out)));
  }

  private void feed(List<FeedEntry> entries, Writer out) {
    Map<String, Object> context = context();
    context.put("entries", entries);
    templates.render("feed.xml.peb", context, out);
  }

  private void sitemap(List<PageJob> pages, Writer out) {
    Map<String, Object> context = context();
    SiteConfig site = inputs.get("site", SiteConfig.class);
    // Which pages exist follows from the themes and their essays, the glossary and the threads'
    // pages (a thread that grows past a page gets another).
    inputs.get("themes", List.class);
    inputs.get("glossary", List.class);
    inputs.get("thread-pages", List.class);
    context.put(
        "urls",
        pages.stream()
            .map(PageJob::path)
            .filter(path -> path.endsWith(".html") && !path.equals("404.html"))
            .map(path -> site.baseUrl() + Page.at(path, "", "").url())
            .toList());
    templates.render("sitemap.xml.peb", context, out);
  }

  private Map<String, Object> context() {
    SiteConfig site = inputs.get("site", SiteConfig.class);
    Map<String, Object> context = new HashMap<>();
    context.put("site", site);
    context.put("updated", site.date().atStartOfDay(ZoneOffset.UTC).format(DateTimeFormatter.ISO_INSTANT));
    context.put("feedUrl", site.baseUrl() == null ? null : site.baseUrl() + FEED);
    context.put("sitemapUrl", site.baseUrl() == null ? null : site.baseUrl() + SITEMAP);
    return context;
  }
}
