package dev.scholia.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scholia.markdown.Annotations;
import dev.scholia.markdown.ParsedEssay;
import dev.scholia.markdown.PlainText;
import dev.scholia.model.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * The client-side search index: one entry per essay, per editor's annotation and per glossary
 * term, with the plain text the browser script matches against and cuts snippets from.
 *
 * <p>It is written as a script that assigns the JSON to a global rather than as a {@code .json}
 * file, because browsers refuse {@code fetch()} from {@code file://} pages while they still run
 * a {@code <script src>}: the archive must search the same on a host and from a folder on disk.
 * The page loads it only when a reader first uses the search box, so pages stay light however
 * large the archive grows.
 */
public final class SearchIndex {
  /** The global the index script assigns; {@code assets/search.js} reads it. */
  public static final String GLOBAL = "scholiaSearchIndex";

  /** Output path, relative to the site root. */
  public static final String PATH = "search-index.js";

  /**
   * One searchable document. Short keys keep the file small: it is mostly text either way.
   *
   * @param k kind: {@code essay}, {@code note} (an editor's annotation) or {@code term}
   * @param t title
   * @param c context shown under the title (the theme, or the essay a note belongs to)
   * @param u URL relative to the site root
   * @param x the plain text
   */
  public record Entry(String k, String t, String c, String u, String x) {}

  record Document(List<Entry> docs) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<Entry> entries = new ArrayList<>();

  /** Adds an essay and, as separate entries, each of its annotations. */
  public void addEssay(ParsedEssay essay, String themeTitle, String url) {
    String title = essay.source().title();
    entries.add(new Entry("essay", title, themeTitle, url, text(essay.document(), n -> !Annotations.isInsideAnnotation(n))));
    for (Node block = essay.document().getFirstChild(); block != null; block = block.getNext()) {
      if (Annotations.isAnnotation(block)) {
        String note = text(block, n -> true).replace(Annotations.MARKER, "").strip();
        entries.add(new Entry("note", "Editor’s note", title, url, note));
      }
    }
  }

  /** Adds a glossary entry; its aliases are searchable too. */
  public void addTerm(String term, List<String> aliases, Node definition, String url) {
    String also = aliases.isEmpty() ? "" : "Also: " + String.join(", ", aliases) + ". ";
    entries.add(new Entry("term", term, "Glossary", url, also + text(definition, n -> true)));
  }

  /** The index script. */
  public String toScript() {
    try {
      return "window." + GLOBAL + " = " + JSON.writeValueAsString(new Document(entries)) + ";\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("search entries are plain strings", e);
    }
  }

  /**
   * The visible text of the paragraphs and headings under {@code root} that {@code keep} accepts,
   * one space between blocks, footnote markers dropped.
   */
  private static String text(Node root, Predicate<Node> keep) {
    List<String> blocks = new ArrayList<>();
    root.accept(
        new AbstractVisitor() {
          @Override
          public void visit(org.commonmark.node.Paragraph paragraph) {
            add(paragraph);
          }

          @Override
          public void visit(Heading heading) {
            add(heading);
          }

          private void add(Node block) {
            if (keep.test(block)) {
              blocks.add(PlainText.of(block).text().replace(String.valueOf(Paragraph.NOTE_MARK), ""));
            }
          }
        });
    return String.join(" ", blocks).replaceAll("\\s+", " ").strip();
  }
}
