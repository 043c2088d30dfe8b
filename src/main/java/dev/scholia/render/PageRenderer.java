package dev.scholia.render;

import dev.scholia.fidelity.Provenance;
import dev.scholia.markdown.ParsedEssay;
import dev.scholia.markdown.PlainText;
import dev.scholia.model.Content;
import dev.scholia.model.EssaySource;
import dev.scholia.model.SourceLine;
import dev.scholia.model.Theme;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the template views of an archive once (themes, essay cards, reading order) and hands out
 * one {@link PageJob} per page. Essay bodies are rendered inside their job, in parallel.
 */
public final class PageRenderer {
  private static final int WORDS_PER_MINUTE = 230;

  private final Archive archive;
  private final BodyRenderer bodies;
  private final List<ThemeView> themes = new ArrayList<>();
  private final Map<String, ThemeView> themeOfEssay = new HashMap<>();
  private final Map<String, ParsedEssay> essays = new LinkedHashMap<>();
  private final Map<String, EssayCard> cards = new HashMap<>();

  public PageRenderer(Archive archive) {
    this.archive = archive;
    this.bodies = new BodyRenderer(archive.provenance());
    archive.essays().forEach(e -> essays.put(e.slug(), e));
    archive.essays().parallelStream().map(PageRenderer::card).toList().forEach(c -> cards.put(c.slug(), c));
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
              theme.slug(), theme.title(), theme.description(), BodyRenderer.renderPlain(theme.intro()), "themes/" + theme.slug() + "/", members);
      themes.add(view);
      members.forEach(card -> themeOfEssay.put(card.slug(), view));
    }
  }

  /** Every page of the site, in a fixed order. */
  public List<PageJob> pages() {
    List<PageJob> jobs = new ArrayList<>();
    jobs.add(new PageJob("index.html", this::index));
    jobs.add(new PageJob("404.html", this::notFound));
    for (ThemeView theme : themes) {
      jobs.add(new PageJob(theme.url() + "index.html", () -> theme(theme)));
    }
    for (ParsedEssay essay : essays.values()) {
      jobs.add(new PageJob("essays/" + essay.slug() + "/index.html", () -> essay(essay)));
    }
    return jobs;
  }

  private String index() {
    Page page = Page.at("index.html", archive.content().site().title(), archive.content().site().description());
    Map<String, Object> context = context(page);
    context.put("themes", themes);
    return archive.templates().render("index.peb", context);
  }

  private String notFound() {
    Page page = Page.at("404.html", "Page not found", "There is no page at this address.");
    Map<String, Object> context = context(page);
    context.put("themes", themes);
    return archive.templates().render("404.peb", context);
  }

  private String theme(ThemeView theme) {
    Page page = Page.at(theme.url() + "index.html", theme.title(), theme.description());
    Map<String, Object> context = context(page);
    context.put("theme", theme);
    return archive.templates().render("theme.peb", context);
  }

  private String essay(ParsedEssay essay) {
    EssaySource source = essay.source();
    ThemeView theme = themeOfEssay.get(essay.slug());
    List<EssayCard> siblings = theme.essays();
    EssayCard card = cards.get(essay.slug());
    int at = siblings.indexOf(card);
    EssayView view =
        new EssayView(
            card,
            theme,
            bodies.render(essay.document()),
            at > 0 ? siblings.get(at - 1) : null,
            at + 1 < siblings.size() ? siblings.get(at + 1) : null,
            sourceLines(archive.provenance().linesOf(essay.slug())));
    Page page = Page.at("essays/" + essay.slug() + "/index.html", source.title(), source.summary());
    Map<String, Object> context = context(page);
    context.put("essay", view);
    return archive.templates().render("essay.peb", context);
  }

  private Map<String, Object> context(Page page) {
    Map<String, Object> context = new HashMap<>();
    context.put("site", archive.content().site());
    context.put("page", page);
    context.put("root", page.root());
    return context;
  }

  private static EssayCard card(ParsedEssay essay) {
    EssaySource source = essay.source();
    int words = PlainText.of(essay.document()).text().split("\\s+").length;
    return new EssayCard(
        source.slug(),
        source.title(),
        source.summary(),
        "essays/" + source.slug() + "/",
        Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE));
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
