package dev.scholia.essay;

import dev.scholia.classify.Classification;
import dev.scholia.content.Slugs;
import dev.scholia.fidelity.Provenance;
import dev.scholia.model.Comment;
import dev.scholia.model.Diagnostic;
import dev.scholia.model.Diagnostics;
import dev.scholia.model.Discussion;
import dev.scholia.model.EssaySource;
import dev.scholia.model.Footnote;
import dev.scholia.model.Paragraph;
import dev.scholia.model.SourceLine;
import dev.scholia.model.Theme;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides which essay each paragraph that no essay holds yet goes to. Curated content wins:
 *
 * <ol>
 *   <li>a paragraph already in an essay stays where it is;
 *   <li>an unplaced paragraph whose footnote an essay already holds goes to that essay: an editor
 *       deleted the paragraph but kept the note, and only a reference in the same essay can
 *       point at that definition (notes kept in two essays leave it no place: split stops and says so);
 *   <li>otherwise, an unplaced paragraph whose comment already has paragraphs in an essay joins
 *       them there (the essay holding most of them, first in the comment on a tie), so a comment
 *       an editor moved keeps travelling together;
 *   <li>otherwise it goes to its classified theme's essay: the first existing essay of that theme
 *       (by order, then slug), or a new essay named after the theme.
 * </ol>
 *
 * A stray note goes wherever the last paragraph of its comment goes.
 */
final class Routing {
  private final Map<String, Theme> themes = new LinkedHashMap<>();
  private final Map<String, EssaySource> essaysBySlug = new LinkedHashMap<>();
  private final Provenance placed;
  private final Map<String, EssayPlan> plans = new LinkedHashMap<>();
  private final Map<SourceLine, String> essayOfLine = new HashMap<>();
  /** Theme slug to the slug of the new essay made for it. */
  private final Map<String, String> newEssays = new LinkedHashMap<>();
  private final Diagnostics diagnostics;

  private Routing(List<Theme> themes, List<EssaySource> essays, Provenance placed, Diagnostics diagnostics) {
    themes.forEach(t -> this.themes.put(t.slug(), t));
    essays.forEach(e -> essaysBySlug.put(e.slug(), e));
    this.placed = placed;
    this.diagnostics = diagnostics;
  }

  /**
   * Routes every unplaced paragraph of {@code discussions}; read the result from {@link #plans}. A
   * paragraph with no place it can go to is reported to {@code diagnostics}.
   */
  static Routing route(
      List<Theme> themes,
      List<EssaySource> essays,
      Provenance placed,
      List<Discussion> discussions,
      List<Classification> classifications,
      Diagnostics diagnostics) {
    Routing routing = new Routing(themes, essays, placed, diagnostics);
    Map<Paragraph, Classification> byParagraph = new HashMap<>();
    classifications.forEach(c -> byParagraph.put(c.paragraph(), c));
    for (Discussion discussion : discussions) {
      for (Comment comment : discussion.comments()) {
        routing.routeComment(discussion.seed(), comment, byParagraph);
      }
    }
    return routing;
  }

  /** The plans for every essay that receives something, in slug order. */
  List<EssayPlan> plans() {
    return plans.values().stream().sorted(Comparator.comparing(EssayPlan::slug)).toList();
  }

  /** The essay a thread line is in after the split (kept or routed), or {@code null}. */
  String essayOf(SourceLine line) {
    Provenance.Placement placement = placed.placementOf(line);
    return placement != null ? placement.essay() : essayOfLine.get(line);
  }

  private void routeComment(String seed, Comment comment, Map<Paragraph, Classification> byParagraph) {
    String sibling = essayHoldingMost(comment);
    Map<String, Passage> passages = new LinkedHashMap<>();
    String last = sibling;
    for (Paragraph paragraph : comment.paragraphs()) {
      Provenance.Placement placement = placed.placementOf(paragraph.source());
      if (placement != null) {
        last = placement.essay();
        continue;
      }
      last =
          essayHoldingANoteOf(paragraph)
              .orElseGet(() -> sibling != null ? sibling : essayForTheme(byParagraph.get(paragraph).theme()));
      add(passages, last, seed, comment, List.of(paragraph), List.of());
    }
    List<Footnote> strays = comment.strayNotes().stream().filter(n -> placed.placementOf(n.source()) == null).toList();
    if (!strays.isEmpty()) {
      add(passages, last != null ? last : essayForTheme(fallbackTheme()), seed, comment, List.of(), strays);
    }
    passages.forEach((slug, passage) -> planFor(slug).passages().add(passage));
  }

  private void add(Map<String, Passage> passages, String slug, String seed, Comment comment, List<Paragraph> paragraphs, List<Footnote> strays) {
    Passage before = passages.get(slug);
    List<Paragraph> allParagraphs = new ArrayList<>(before == null ? List.of() : before.paragraphs());
    allParagraphs.addAll(paragraphs);
    List<Footnote> allStrays = new ArrayList<>(before == null ? List.of() : before.strayNotes());
    allStrays.addAll(strays);
    passages.put(slug, new Passage(seed, comment, allParagraphs, allStrays));
    paragraphs.forEach(p -> {
      essayOfLine.put(p.source(), slug);
      p.footnotes().forEach(n -> essayOfLine.put(n.source(), slug));
    });
    strays.forEach(n -> essayOfLine.put(n.source(), slug));
  }

  /**
   * The essay holding the notes of {@code paragraph} an editor kept after deleting it. Notes kept in
   * two essays leave no place for it: the one essay it went to would define the other's note
   * again, and the archive would quote that note twice. That is reported, and split stops.
   */
  private Optional<String> essayHoldingANoteOf(Paragraph paragraph) {
    Map<String, List<Footnote>> notesByEssay = new LinkedHashMap<>();
    for (Footnote note : paragraph.footnotes()) {
      Provenance.Placement placement = placed.placementOf(note.source());
      if (placement != null) {
        notesByEssay.computeIfAbsent(placement.essay(), e -> new ArrayList<>()).add(note);
      }
    }
    if (notesByEssay.size() > 1) {
      List<String> where = new ArrayList<>();
      notesByEssay.forEach((essay, notes) ->
          where.add(notes.stream().map(Footnote::reference).collect(Collectors.joining(" and ")) + " in " + essaysBySlug.get(essay).path()));
      diagnostics.add(
          Diagnostic.error(
                  paragraph.source().seed(),
                  paragraph.source().line(),
                  "this paragraph is in no essay, and its notes are kept in different essays: " + String.join(", ", where))
              .withHint("move its notes into one essay, or delete them, and run `scholia split` again to restore it beside them"));
    }
    return notesByEssay.keySet().stream().findFirst();
  }

  private String essayHoldingMost(Comment comment) {
    Map<String, Long> counts =
        comment.paragraphs().stream()
            .map(p -> placed.placementOf(p.source()))
            .filter(java.util.Objects::nonNull)
            .collect(Collectors.groupingBy(Provenance.Placement::essay, LinkedHashMap::new, Collectors.counting()));
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }

  private String fallbackTheme() {
    return themes.values().stream().filter(Theme::catchAll).findFirst().orElse(themes.values().iterator().next()).slug();
  }

  /** The essay new paragraphs of {@code theme} go to: its first essay, or a new one. */
  private String essayForTheme(String theme) {
    return essaysBySlug.values().stream()
        .filter(e -> e.theme().equals(theme))
        .min(Comparator.comparingInt(EssaySource::order).thenComparing(EssaySource::slug))
        .map(EssaySource::slug)
        .orElseGet(() -> newEssays.computeIfAbsent(theme, this::freeSlug));
  }

  private EssayPlan planFor(String slug) {
    return plans.computeIfAbsent(
        slug,
        s -> {
          EssaySource existing = essaysBySlug.get(s);
          if (existing != null) {
            return EssayPlan.extend(existing, themes.get(existing.theme()));
          }
          String theme = newEssays.entrySet().stream().filter(e -> e.getValue().equals(s)).findFirst().orElseThrow().getKey();
          return EssayPlan.create(s, themes.get(theme));
        });
  }

  private String freeSlug(String theme) {
    Set<String> taken = new java.util.HashSet<>(essaysBySlug.keySet());
    taken.addAll(newEssays.values());
    String slug = Slugs.isValid(theme) ? theme : Slugs.fromTitle(theme);
    for (int n = 2; taken.contains(slug); n++) {
      slug = theme + "-" + n;
    }
    return slug;
  }
}
