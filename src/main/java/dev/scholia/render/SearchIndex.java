package dev.scholia.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scholia.markdown.Annotations;
import dev.scholia.markdown.ParsedEssay;
import dev.scholia.markdown.PlainText;
import dev.scholia.model.Paragraph;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * The client-side search index: one document per essay, per editor's annotation and per glossary
 * term, split into small files the browser loads only as a query needs them, so a search costs
 * the same few hundred kilobytes whether the archive has ten essays or ten thousand:
 *
 * <ul>
 *   <li>{@code search/index.js}: each document's kind, title, context and URL;
 *   <li>{@code search/words-<b>.js}: the words whose first two letters hash to bucket {@code b}
 *       (one bucket per {@value #DOCUMENTS_PER_BUCKET} documents, a power of two up to {@value
 *       #MAX_BUCKETS}),
 *       each with the documents containing it (ids delta-encoded in base 36). A query word is a
 *       prefix of at least two letters, so it always lies in one bucket;
 *   <li>{@code search/text-<n>.js}: the plain text of {@value #CHUNK} documents, loaded only for
 *       the results shown, to cut their snippets.
 * </ul>
 *
 * <p>Each file is a script that stores its JSON in a global rather than a {@code .json} file,
 * because browsers refuse {@code fetch()} from {@code file://} pages while they still run a
 * {@code <script src>}: the archive must search the same on a host and from a folder on disk.
 * Words are normalised exactly as {@code assets/search.js} normalises a query: lower case,
 * accents removed, runs of letters and digits.
 */
public final class SearchIndex {
  /** The most word files: enough to keep each small for tens of thousands of documents. */
  static final int MAX_BUCKETS = 64;

  /** About this many documents share a word file, so a small archive has few files. */
  static final int DOCUMENTS_PER_BUCKET = 32;

  /** Documents per text file. */
  public static final int CHUNK = 4;

  /** The folder holding the index, relative to the site root. */
  public static final String FOLDER = "search/";

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern ACCENTS = Pattern.compile("[\\u0300-\\u036f]");
  private static final Pattern NOTE_MARK = Pattern.compile("\\s?" + Paragraph.NOTE_MARK);
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One searchable document.
   *
   * @param kind {@code essay}, {@code note} (an editor's annotation) or {@code term}
   * @param title its title
   * @param context what it belongs to (the theme, the essay a note is in; empty for a term)
   * @param url relative to the site root
   * @param text its plain text
   */
  record Document(String kind, String title, String context, String url, String text) {}

  private final List<Document> documents = new ArrayList<>();

  /** Adds an essay and, as separate documents, each of its annotations. */
  public void addEssay(ParsedEssay essay, String themeTitle, String url) {
    String title = essay.source().title();
    documents.add(new Document("essay", title, themeTitle, url, text(essay.document(), n -> !Annotations.isInsideAnnotation(n))));
    for (Node block = essay.document().getFirstChild(); block != null; block = block.getNext()) {
      if (Annotations.isAnnotation(block)) {
        String note = text(block, n -> true).replace(Annotations.MARKER, "").strip();
        documents.add(new Document("note", "Editor’s note", title, url, note));
      }
    }
  }

  /** Adds a glossary entry; its aliases are searchable too. */
  public void addTerm(String term, List<String> aliases, Node definition, String url) {
    String also = aliases.isEmpty() ? "" : "Also: " + String.join(", ", aliases) + ". ";
    documents.add(new Document("term", term, "", url, also + text(definition, n -> true)));
  }

  /** How many documents an essay adds: itself and its annotations. */
  public static int documentsOf(ParsedEssay essay) {
    int count = 1;
    for (Node block = essay.document().getFirstChild(); block != null; block = block.getNext()) {
      count += Annotations.isAnnotation(block) ? 1 : 0;
    }
    return count;
  }

  /** The number of word files for {@code documents} documents. */
  public static int bucketsFor(int documents) {
    return Math.min(MAX_BUCKETS, Integer.highestOneBit(Math.max(1, documents / DOCUMENTS_PER_BUCKET)));
  }

  /** The number of text files for {@code documents} documents. */
  public static int chunks(int documents) {
    return (documents + CHUNK - 1) / CHUNK;
  }

  /** The index's files, computed once. */
  public Output build() {
    int count = bucketsFor(documents.size());
    List<Map<String, StringBuilder>> buckets = new ArrayList<>();
    for (int b = 0; b < count; b++) {
      buckets.add(new TreeMap<>());
    }
    Map<String, Integer> lastDoc = new HashMap<>();
    for (int id = 0; id < documents.size(); id++) {
      Document doc = documents.get(id);
      for (String word : words(doc.title() + " " + doc.text())) {
        Map<String, StringBuilder> bucket = buckets.get(bucketOf(word, count));
        StringBuilder postings = bucket.computeIfAbsent(word, w -> new StringBuilder());
        if (postings.length() > 0) {
          postings.append(',');
        }
        postings.append(Integer.toString(id - lastDoc.getOrDefault(word, 0), 36));
        lastDoc.put(word, id);
      }
    }
    List<List<String>> meta = documents.stream().map(d -> List.of(d.kind(), d.title(), d.context(), d.url())).toList();
    List<String> texts = documents.stream().map(Document::text).toList();
    return new Output(meta, buckets, texts);
  }

  /**
   * What {@code search/index.js} holds (a record, so its keys keep one order).
   *
   * @param buckets the number of word files
   * @param chunk documents per text file
   * @param docs each document's kind, title, context and URL
   */
  record Layout(int buckets, int chunk, List<List<String>> docs) {}

  /** The built index, rendered file by file. */
  public static final class Output {
    private final List<List<String>> meta;
    private final List<Map<String, StringBuilder>> buckets;
    private final List<String> texts;

    private Output(List<List<String>> meta, List<Map<String, StringBuilder>> buckets, List<String> texts) {
      this.meta = meta;
      this.buckets = buckets;
      this.texts = texts;
    }

    /** {@code search/index.js}: the documents and the index's layout. */
    public String index() {
      return script("index", new Layout(buckets.size(), CHUNK, meta));
    }

    /** {@code search/words-<bucket>.js}. */
    public String words(int bucket) {
      Map<String, String> words = new TreeMap<>();
      buckets.get(bucket).forEach((word, postings) -> words.put(word, postings.toString()));
      return script("words-" + bucket, words);
    }

    /** {@code search/text-<chunk>.js}. */
    public String text(int chunk) {
      return script("text-" + chunk, texts.subList(chunk * CHUNK, Math.min(texts.size(), (chunk + 1) * CHUNK)));
    }
  }

  /** Each file adds its part to one global map, which the search script reads by name. */
  private static String script(String name, Object json) {
    try {
      return "(window.scholiaSearchData = window.scholiaSearchData || {})[\"" + name + "\"] = "
          + JSON.writeValueAsString(json) + ";\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("search data is plain strings and numbers", e);
    }
  }

  /** The distinct normalised words of {@code text}, in order of first appearance. */
  static Set<String> words(String text) {
    String normal = ACCENTS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("");
    Set<String> words = new LinkedHashSet<>();
    Matcher m = WORD.matcher(normal);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  /**
   * The word file holding {@code word}: a hash of its first two UTF-16 units, the same
   * arithmetic as the search script's (Java's {@code String.hashCode}, kept in 32 bits).
   */
  static int bucketOf(String word, int buckets) {
    return Math.floorMod(word.substring(0, Math.min(2, word.length())).hashCode(), buckets);
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
              blocks.add(NOTE_MARK.matcher(PlainText.of(block).text()).replaceAll(""));
            }
          }
        });
    return String.join(" ", blocks).replaceAll("\\s+", " ").strip();
  }
}
