package dev.scholia.render;

import dev.scholia.fidelity.PlacementMemo;
import dev.scholia.fidelity.Provenance;
import dev.scholia.markdown.ParsedEssay;
import dev.scholia.model.Discussion;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.commonmark.node.Node;

/**
 * What rendering keeps from one build to the next in a long-running session ({@code serve}), so
 * that a rebuild after an edit extracts and renders again only what the edit reached. Kept per
 * essay syntax tree (the same object while the essay's file is unchanged: the compile cache hands
 * out the same parse): its card, its search passages, and its body rendered as its page and the
 * feed show it, with the link facts it was rendered against (the feed shows every body, and
 * rendering them all again was a fifth of a rebuild). Cards and passages follow from the tree
 * alone; a body is rendered again when its link facts change. And the threads' page views, while
 * no line moves and no title changes.
 *
 * <p>A one-off build keeps nothing ({@link #none()}), not even a body between its two readers, its
 * page and the feed: the feed starts first and runs ahead of the pages, so a body kept for its
 * page would wait there with nearly every other (tried: at 16,000 essays that held 260 MB more at
 * the peak and cost 3 s more of collection than the rendering it saved).
 */
public final class RenderCache {
  private final boolean keep;
  private final Map<Node, EssayCard> cards = new ConcurrentHashMap<>();
  private final Map<Node, List<SearchIndex.Passage>> passages = new ConcurrentHashMap<>();
  private final Map<Node, Body> bodies = new ConcurrentHashMap<>();
  private final PlacementMemo<List<ThreadView>> threadViews = new PlacementMemo<>();
  private final SearchIndex.Memo search = new SearchIndex.Memo();
  /** One string per distinct search word; a few thousand, so even a one-off build keeps them. */
  private final Map<String, String> words = new ConcurrentHashMap<>();

  /** A rendered body and what it was rendered against besides its tree. */
  private record Body(List<?> linkFacts, boolean trustHtml, String html) {}

  private RenderCache(boolean keep) {
    this.keep = keep;
  }

  /** A cache for the rebuilds of one session. */
  public static RenderCache forSession() {
    return new RenderCache(true);
  }

  /** A cache that keeps nothing, for a one-off build. */
  static RenderCache none() {
    return new RenderCache(false);
  }

  /** The essay's card, made again only when its tree is new. */
  EssayCard card(ParsedEssay essay) {
    return remember(cards, essay.document(), () -> EssayCard.of(essay));
  }

  /** What the search index's last build made; nothing in a one-off build. */
  SearchIndex.Memo searchIndex() {
    return keep ? search : new SearchIndex.Memo();
  }

  /** The essay's search passages, extracted again only when its tree is new. */
  List<SearchIndex.Passage> passages(ParsedEssay essay) {
    return remember(passages, essay.document(), () -> SearchIndex.passagesOf(essay, this::canonical));
  }

  /**
   * The essay's body as HTML, rendered again when its tree is new or it is to be rendered against
   * other link facts ({@link LinkFacts}) or another {@code unsafeHtml} setting.
   */
  String body(ParsedEssay essay, List<?> linkFacts, boolean trustHtml, Supplier<String> render) {
    if (!keep) {
      return render.get();
    }
    Body known = bodies.get(essay.document());
    if (known == null || known.trustHtml() != trustHtml || !known.linkFacts().equals(linkFacts)) {
      known = new Body(linkFacts, trustHtml, render.get());
      bodies.put(essay.document(), known);
    }
    return known.html();
  }

  /**
   * The views of the threads' pages, made again only when a thread, where its lines are placed or
   * an essay's title changed (a placed line links to its essay by title): the pages show every
   * line, and making their views again was nearly a tenth of a rebuild at 4,000 essays.
   */
  List<ThreadView> threadViews(List<Discussion> threads, Provenance provenance, Map<String, String> titles) {
    Supplier<List<ThreadView>> make =
        () -> threads.stream().flatMap(thread -> ThreadPage.views(thread, provenance, titles::get).stream()).toList();
    return keep ? threadViews.get(threads, provenance, titles, make) : make.get();
  }

  private String canonical(String word) {
    // Looked up first: nearly every word is known, and a lookup takes no lock, where putIfAbsent
    // locks the word's bin of the map.
    String known = words.get(word);
    if (known == null) {
      known = words.putIfAbsent(word, word);
    }
    return known == null ? word : known;
  }

  /** Forgets the trees that are no longer part of the archive, so a session does not grow. */
  void retain(Set<Node> documents) {
    cards.keySet().retainAll(documents);
    passages.keySet().retainAll(documents);
    bodies.keySet().retainAll(documents);
  }

  private <V> V remember(Map<Node, V> memo, Node tree, Supplier<V> make) {
    if (!keep) {
      return make.get();
    }
    // Not computeIfAbsent: that would hold a lock of the map while the tree is walked.
    V known = memo.get(tree);
    if (known == null) {
      known = make.get();
      memo.put(tree, known);
    }
    return known;
  }
}
