package dev.scholia.render;

import dev.scholia.markdown.ParsedEssay;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.commonmark.node.Node;

/**
 * What rendering keeps from one build to the next in a long-running session ({@code serve}), so
 * that a rebuild after an edit extracts again only what the edit reached: each essay's search
 * passages, kept per syntax tree (the same object while the essay's file is unchanged: the compile
 * cache hands out the same parse). A tree that is still there holds what it held, so nothing here
 * can go stale.
 *
 * <p>A one-off build renders each essay once and keeps nothing ({@link #none()}): holding what it
 * extracted until the build ends would only add to its peak memory.
 */
public final class RenderCache {
  private final boolean keep;
  private final Map<Node, List<SearchIndex.Passage>> passages = new ConcurrentHashMap<>();

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

  /** The essay's search passages, extracted again only when its tree is new. */
  List<SearchIndex.Passage> passages(ParsedEssay essay) {
    return remember(passages, essay.document(), () -> SearchIndex.passagesOf(essay));
  }

  /** Forgets the trees that are no longer part of the archive, so a session does not grow. */
  void retain(Set<Node> documents) {
    passages.keySet().retainAll(documents);
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
