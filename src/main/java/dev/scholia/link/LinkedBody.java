package dev.scholia.link;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.commonmark.node.Node;

/**
 * A body with everything the renderer needs to draw its links, keyed by syntax-tree node.
 *
 * @param body the parsed body
 * @param hrefs the resolved URL of each internal link node (site-root relative, or {@code #x})
 * @param mentions the glossary links inside each text node
 * @param headingIds the fragment id of each heading
 * @param footnotes the body's numbered notes
 * @param termCounts how often each glossary term is named, by slug
 * @param linkedEssays the essays this body links to, by slug, in first-link order
 */
public record LinkedBody(
    Body body,
    Map<Node, String> hrefs,
    Map<Node, List<Mention>> mentions,
    Map<Node, String> headingIds,
    Footnotes footnotes,
    Map<String, Integer> termCounts,
    List<String> linkedEssays) {

  public LinkedBody {
    hrefs = Collections.unmodifiableMap(hrefs);
    mentions = Collections.unmodifiableMap(mentions);
    headingIds = Collections.unmodifiableMap(headingIds);
    termCounts = Collections.unmodifiableMap(termCounts);
    linkedEssays = List.copyOf(linkedEssays);
  }

  /** The resolved URL of a link node, or {@code null} to keep its destination (external links). */
  public String hrefOf(Node link) {
    return hrefs.get(link);
  }

  public List<Mention> mentionsIn(Node text) {
    return mentions.getOrDefault(text, List.of());
  }

  public String headingIdOf(Node heading) {
    return headingIds.get(heading);
  }
}
