package dev.scholia.link;

import dev.scholia.fidelity.Provenance;
import dev.scholia.markdown.ParsedEssay;
import dev.scholia.model.Content;
import dev.scholia.model.Diagnostics;
import dev.scholia.model.Discussion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * The linking stage, in two calls. {@link #findMentions} finds the glossary's mentions in every
 * essay, which needs nothing but the essays and the glossary, so it can run while the fidelity
 * check does. {@link #link} then makes two passes over every body, each in parallel: first what
 * each page offers (heading ids, numbered notes), then what each page points at (links checked
 * against what the first pass found, and the mentions). The graph between essays (backlinks,
 * related essays, continuations) is then built from indexes of those results, never by comparing
 * essays pairwise.
 */
public final class Linker {
  private Linker() {}

  /** Links the archive; broken links and dangling footnotes go to {@code diagnostics}. */
  public static Links link(
      Content content, List<Discussion> discussions, List<ParsedEssay> essays, Provenance provenance, Diagnostics diagnostics) {
    LinkCache cache = new LinkCache();
    return link(content, discussions, essays, findMentions(content, essays, cache), provenance, diagnostics, cache);
  }

  /**
   * The glossary's index, made once per build by {@link #findMentions}, with what was wrong with
   * it (reported by {@link #link}, so that a problem is listed once) and the strings its word
   * counts share.
   */
  public static final class Glossary {
    private final GlossaryIndex index;
    private final Diagnostics problems;
    private final Map<String, String> canonicalWords = new ConcurrentHashMap<>();

    private Glossary(GlossaryIndex index, Diagnostics problems) {
      this.index = index;
      this.problems = problems;
    }
  }

  /**
   * The first half of the link stage: indexes the glossary and finds its mentions in every essay,
   * keeping them in {@code cache} for {@link #link}. It needs neither the threads nor the fidelity
   * check, so the site stage runs it beside the check, which keeps one core busy and leaves the
   * other idle; finding mentions is most of the link stage's work.
   */
  public static Glossary findMentions(Content content, List<ParsedEssay> essays, LinkCache cache) {
    Diagnostics problems = new Diagnostics();
    Glossary glossary = new Glossary(GlossaryIndex.of(content.glossary(), problems), problems);
    cache.useGlossary(glossary.index);
    essays.parallelStream()
        .map(Linker::bodyOf)
        .forEach(body -> cache.mentions(body, () -> GlossaryMentions.find(body, glossary.index, glossary.canonicalWords)));
    return glossary;
  }

  /**
   * Links the archive, using (and in a session, reusing) what {@code cache} holds; {@code glossary}
   * is what {@link #findMentions} returned for the same essays and cache.
   */
  public static Links link(
      Content content,
      List<Discussion> discussions,
      List<ParsedEssay> essays,
      Glossary glossary,
      Provenance provenance,
      Diagnostics diagnostics,
      LinkCache cache) {
    diagnostics.addAll(glossary.problems.all());
    List<Body> all =
        Stream.of(
                essays.stream().map(Linker::bodyOf),
                content.themes().stream().map(t -> Body.parse(Body.Kind.THEME, t.slug(), Urls.theme(t.slug()), t.intro())),
                content.glossary().stream().map(g -> Body.parse(Body.Kind.TERM, g.slug(), Urls.GLOSSARY, g.definition())))
            .flatMap(s -> s)
            .toList();
    List<Offer> offers = all.parallelStream().map(body -> Offer.of(body, provenance)).toList();
    Map<String, Set<String>> fragments = new HashMap<>();
    offers.forEach(offer -> fragments.put(offer.body().path(), offer.fragments()));
    LinkTargets targets = new LinkTargets(all, fragments, discussions);
    List<Linked> results = offers.parallelStream().map(offer -> offer.link(targets, glossary, cache)).toList();
    cache.retain(essays.stream().map(ParsedEssay::document).collect(Collectors.toSet()));
    List<LinkedBody> linked = results.stream().map(Linked::body).toList();
    offers.forEach(offer -> diagnostics.addAll(offer.diagnostics().all()));

    Map<Body.Kind, Map<String, LinkedBody>> byKind = new HashMap<>();
    linked.forEach(b -> byKind.computeIfAbsent(b.body().kind(), k -> new HashMap<>()).put(b.body().slug(), b));
    List<LinkedBody> essayBodies = linked.stream().filter(b -> b.body().kind() == Body.Kind.ESSAY).toList();
    return new Links(
        byKind.getOrDefault(Body.Kind.ESSAY, Map.of()),
        byKind.getOrDefault(Body.Kind.THEME, Map.of()),
        byKind.getOrDefault(Body.Kind.TERM, Map.of()),
        backlinks(essayBodies),
        cache.related(
            results.stream()
                .filter(r -> r.body().body().kind() == Body.Kind.ESSAY)
                .map(r -> new RelatedEssays.Profile(r.body().body().slug(), r.body().termCounts(), r.words()))
                .toList()),
        termUsers(essayBodies),
        cache.continuations(discussions, provenance));
  }

  private static Body bodyOf(ParsedEssay essay) {
    return new Body(Body.Kind.ESSAY, essay.slug(), Urls.essay(essay.slug()), essay.source().body(), essay.document());
  }

  private static Map<String, List<String>> backlinks(List<LinkedBody> essays) {
    Map<String, Set<String>> from = new TreeMap<>();
    for (LinkedBody essay : essays) {
      for (String target : essay.linkedEssays()) {
        if (!target.equals(essay.body().slug())) {
          from.computeIfAbsent(target, t -> new java.util.TreeSet<>()).add(essay.body().slug());
        }
      }
    }
    Map<String, List<String>> out = new HashMap<>();
    from.forEach((target, sources) -> out.put(target, List.copyOf(sources)));
    return out;
  }

  private static Map<String, List<String>> termUsers(List<LinkedBody> essays) {
    Map<String, List<String>> out = new HashMap<>();
    essays.stream()
        .sorted(java.util.Comparator.comparing(b -> b.body().slug()))
        .forEach(b -> b.termCounts().keySet().forEach(term -> out.computeIfAbsent(term, t -> new ArrayList<>()).add(b.body().slug())));
    return out;
  }

  /** A linked body, with its word counts, which are needed only until related essays are ranked. */
  private record Linked(LinkedBody body, Map<String, Integer> words) {}

  /** What one body offers to links (pass one), and then its own links (pass two). */
  private record Offer(Body body, Map<Node, String> headingIds, Footnotes footnotes, Set<String> fragments, Diagnostics diagnostics) {

    static Offer of(Body body, Provenance provenance) {
      Diagnostics diagnostics = new Diagnostics();
      Map<Node, String> headingIds = HeadingIds.of(body.document());
      Footnotes footnotes = Footnotes.number(body, provenance, diagnostics);
      Set<String> fragments = new HashSet<>(headingIds.values());
      fragments.addAll(footnotes.ids());
      if (body.kind() == Body.Kind.ESSAY) {
        provenance.linesOf(body.slug()).forEach(line -> fragments.add(Provenance.anchorOf(line)));
      }
      return new Offer(body, headingIds, footnotes, fragments, diagnostics);
    }

    Linked link(LinkTargets targets, Glossary glossary, LinkCache cache) {
      Map<Node, String> hrefs = new IdentityHashMap<>();
      Set<String> linkedEssays = new LinkedHashSet<>();
      body.document()
          .accept(
              new AbstractVisitor() {
                @Override
                public void visit(Link link) {
                  try {
                    LinkTargets.Resolved resolved = targets.resolve(body, link.getDestination(), locate(link));
                    if (resolved != null) {
                      hrefs.put(link, resolved.href());
                      if (resolved.target() != null && resolved.target().kind() == Body.Kind.ESSAY) {
                        linkedEssays.add(resolved.target().slug());
                      }
                    }
                  } catch (LinkTargets.Broken broken) {
                    diagnostics.add(broken.diagnostic());
                  }
                  visitChildren(link);
                }
              });
      GlossaryMentions mentions = cache.mentions(body, () -> GlossaryMentions.find(body, glossary.index, glossary.canonicalWords));
      return new Linked(
          new LinkedBody(body, hrefs, mentions.mentions(), headingIds, footnotes, mentions.counts(), List.copyOf(linkedEssays)),
          mentions.words());
    }

    private LinkTargets.Located locate(Node node) {
      List<SourceSpan> spans = node.getSourceSpans();
      int column = spans.isEmpty() ? 0 : spans.get(0).getColumnIndex() + 1;
      return new LinkTargets.Located(body.path(), body.lineOf(node), column);
    }
  }
}
