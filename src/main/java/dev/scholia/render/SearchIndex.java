package dev.scholia.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.scholia.markdown.Annotations;
import dev.scholia.markdown.ParsedEssay;
import dev.scholia.markdown.PlainText;
import dev.scholia.model.Paragraph;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
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
 * Words are normalised exactly as {@code assets/search.js} normalises a query ({@link SearchWords}).
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

  private static final Pattern NOTE_MARK = Pattern.compile("\\s?" + Paragraph.NOTE_MARK);
  /**
   * Jackson's streaming generator, not data binding: the files are lists and maps of strings, and
   * an {@code ObjectMapper} (with record introspection for the layout) was a large part of a small
   * archive's start-up. The bytes are the same: data binding writes through this generator.
   */
  private static final JsonFactory JSON = new JsonFactory();

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

  /**
   * What {@link #build} turns into documents, in order. Extracting the text is most of the cost,
   * so it waits for the build, which does it for all sources in parallel.
   */
  private final List<Supplier<List<Document>>> sources = new ArrayList<>();

  /** Adds an essay and, as separate documents, each of its annotations. */
  public void addEssay(ParsedEssay essay, String themeTitle, String url) {
    sources.add(() -> essayDocuments(essay, themeTitle, url));
  }

  private static List<Document> essayDocuments(ParsedEssay essay, String themeTitle, String url) {
    String title = essay.source().title();
    List<Document> documents = new ArrayList<>();
    documents.add(new Document("essay", title, themeTitle, url, text(essay.document(), n -> !Annotations.isInsideAnnotation(n))));
    for (Node block = essay.document().getFirstChild(); block != null; block = block.getNext()) {
      if (Annotations.isAnnotation(block)) {
        String note = text(block, n -> true).replace(Annotations.MARKER, "").strip();
        documents.add(new Document("note", "Editor’s note", title, url, note));
      }
    }
    return documents;
  }

  /** Adds a glossary entry; its aliases are searchable too. */
  public void addTerm(String term, List<String> aliases, Node definition, String url) {
    String also = aliases.isEmpty() ? "" : "Also: " + String.join(", ", aliases) + ". ";
    sources.add(() -> List.of(new Document("term", term, "", url, also + text(definition, n -> true))));
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
    List<Document> documents = sources.parallelStream().flatMap(source -> source.get().stream()).toList();
    List<Set<String>> wordsOf = documents.parallelStream().map(doc -> SearchWords.of(doc.title() + " " + doc.text())).toList();
    int count = bucketsFor(documents.size());
    List<Map<String, Postings>> buckets = new ArrayList<>();
    for (int b = 0; b < count; b++) {
      // Hashed while the index grows, sorted once per file when it is written.
      buckets.add(new HashMap<>());
    }
    for (int id = 0; id < documents.size(); id++) {
      for (String word : wordsOf.get(id)) {
        buckets.get(bucketOf(word, count)).computeIfAbsent(word, w -> new Postings()).add(id);
      }
    }
    List<List<String>> meta = documents.stream().map(d -> List.of(d.kind(), d.title(), d.context(), d.url())).toList();
    List<String> texts = documents.stream().map(Document::text).toList();
    return new Output(meta, buckets, texts);
  }

  /** The documents holding one word, as the file writes them: gaps between ids, in base 36. */
  private static final class Postings {
    private final StringBuilder gaps = new StringBuilder();
    private int last;

    void add(int id) {
      if (gaps.length() > 0) {
        gaps.append(',');
      }
      gaps.append(Integer.toString(id - last, 36));
      last = id;
    }

    @Override
    public String toString() {
      return gaps.toString();
    }
  }

  /** The built index, rendered file by file. */
  public static final class Output {
    private final List<List<String>> meta;
    private final List<Map<String, Postings>> buckets;
    private final List<String> texts;

    private Output(List<List<String>> meta, List<Map<String, Postings>> buckets, List<String> texts) {
      this.meta = meta;
      this.buckets = buckets;
      this.texts = texts;
    }

    /**
     * {@code search/index.js}: the index's layout ({@code buckets}, the number of word files;
     * {@code chunk}, documents per text file) and each document's kind, title, context and URL.
     */
    public String index() {
      return script(
          "index",
          json -> {
            json.writeStartObject();
            json.writeNumberField("buckets", buckets.size());
            json.writeNumberField("chunk", CHUNK);
            json.writeFieldName("docs");
            json.writeStartArray();
            for (List<String> doc : meta) {
              strings(json, doc);
            }
            json.writeEndArray();
            json.writeEndObject();
          });
    }

    /** {@code search/words-<bucket>.js}: each word, in sorted order, with its postings. */
    public String words(int bucket) {
      Map<String, Postings> words = new TreeMap<>(buckets.get(bucket));
      return script(
          "words-" + bucket,
          json -> {
            json.writeStartObject();
            for (Map.Entry<String, Postings> word : words.entrySet()) {
              json.writeStringField(word.getKey(), word.getValue().toString());
            }
            json.writeEndObject();
          });
    }

    /** {@code search/text-<chunk>.js}. */
    public String text(int chunk) {
      return script("text-" + chunk, json -> strings(json, texts.subList(chunk * CHUNK, Math.min(texts.size(), (chunk + 1) * CHUNK))));
    }
  }

  /** Writes one file's JSON value. */
  @FunctionalInterface
  private interface JsonValue {
    void writeTo(JsonGenerator json) throws IOException;
  }

  /** Each file adds its part to one global map, which the search script reads by name. */
  private static String script(String name, JsonValue value) {
    StringWriter out = new StringWriter();
    out.write("(window.scholiaSearchData = window.scholiaSearchData || {})[\"" + name + "\"] = ");
    try (JsonGenerator json = JSON.createGenerator(out)) {
      value.writeTo(json);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    out.write(";\n");
    return out.toString();
  }

  private static void strings(JsonGenerator json, List<String> strings) throws IOException {
    json.writeStartArray();
    for (String s : strings) {
      json.writeString(s);
    }
    json.writeEndArray();
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
              String text = PlainText.of(block).text();
              blocks.add(text.indexOf(Paragraph.NOTE_MARK) < 0 ? text : NOTE_MARK.matcher(text).replaceAll(""));
            }
          }
        });
    return SearchWords.collapseSpaces(String.join(" ", blocks)).strip();
  }

}
