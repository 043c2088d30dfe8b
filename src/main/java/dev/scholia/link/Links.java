package dev.scholia.link;

import dev.scholia.model.SourceLine;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every link of the archive, computed before rendering: the linked bodies of essays, theme
 * introductions and glossary entries, and the graph between essays. Immutable.
 */
public final class Links {
  private final Map<String, LinkedBody> essays;
  private final Map<String, LinkedBody> themes;
  private final Map<String, LinkedBody> terms;
  private final Map<String, List<String>> backlinks;
  private final Map<String, List<String>> related;
  private final Map<String, List<String>> termUsers;
  private final Map<SourceLine, List<Continuation>> byFrom;
  private final Map<SourceLine, List<Continuation>> byTo;

  /**
   * @param essays linked essay bodies by slug
   * @param themes linked theme introductions by slug
   * @param terms linked glossary definitions by slug
   * @param backlinks for each essay, the essays that link to it, by slug, sorted
   * @param related for each essay, the most similar essays, best first
   * @param termUsers for each glossary term, the essays that name it, sorted
   * @param continuations reading paths between essays
   */
  Links(
      Map<String, LinkedBody> essays,
      Map<String, LinkedBody> themes,
      Map<String, LinkedBody> terms,
      Map<String, List<String>> backlinks,
      Map<String, List<String>> related,
      Map<String, List<String>> termUsers,
      List<Continuation> continuations) {
    this.essays = Map.copyOf(essays);
    this.themes = Map.copyOf(themes);
    this.terms = Map.copyOf(terms);
    this.backlinks = Map.copyOf(backlinks);
    this.related = Map.copyOf(related);
    this.termUsers = Map.copyOf(termUsers);
    this.byFrom = continuations.stream().collect(Collectors.groupingBy(Continuation::from));
    this.byTo = continuations.stream().collect(Collectors.groupingBy(Continuation::to));
  }

  public LinkedBody essay(String slug) {
    return essays.get(slug);
  }

  public LinkedBody theme(String slug) {
    return themes.get(slug);
  }

  public LinkedBody term(String slug) {
    return terms.get(slug);
  }

  public List<String> backlinksOf(String essay) {
    return backlinks.getOrDefault(essay, List.of());
  }

  public List<String> relatedTo(String essay) {
    return related.getOrDefault(essay, List.of());
  }

  /** The essays that name a glossary term, by slug, sorted. */
  public List<String> usersOf(String term) {
    return termUsers.getOrDefault(term, List.of());
  }

  /** Continuations leaving from {@code line}: shown after its paragraph. */
  public List<Continuation> from(SourceLine line) {
    return byFrom.getOrDefault(line, List.of());
  }

  /** Continuations arriving at {@code line}: shown before its paragraph. */
  public List<Continuation> to(SourceLine line) {
    return byTo.getOrDefault(line, List.of());
  }
}
