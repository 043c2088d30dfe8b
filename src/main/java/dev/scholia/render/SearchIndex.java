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
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
   * A searchable text as its syntax tree gives it: the title it is found under, its plain text and
   * the words it is filed under. Extracting text and words is most of the index's cost, so an
   * essay's passages are kept per tree between the rebuilds of a session ({@link RenderCache}).
   */
  public record Passage(String title, String text, List<String> words) {
    /**
     * @param canonical the one string kept for each distinct word: an archive has a few thousand
     *     distinct words and a million word-document pairs, so sharing them saves memory, and the
     *     postings then find each word by identity
     */
    static Passage of(String title, String text, UnaryOperator<String> canonical) {
      return new Passage(title, text, SearchWords.of(title + " " + text).stream().map(canonical).toList());
    }
  }

  /**
   * One searchable document.
   *
   * @param kind {@code essay}, {@code note} (an editor's annotation) or {@code term}
   * @param context what it belongs to (the theme, the essay a note is in; empty for a term)
   * @param url relative to the site root
   */
  private record Document(String kind, String context, String url, Passage passage) {}

  /**
   * What {@link #build} turns into documents, in order. Extracting the text is most of the cost,
   * so it waits for the build, which does it for all sources in parallel.
   *
   * @param documents how many documents it gives, known without extracting them: the files can be
   *     listed before the index is built
   */
  private record Source(int documents, Supplier<List<Document>> extract) {}

  private final List<Source> sources = new ArrayList<>();

  /**
   * Adds an essay and, as separate documents, each of its annotations.
   *
   * @param passages the essay's passages, as {@link #passagesOf} extracts them
   */
  public void addEssay(ParsedEssay essay, Supplier<List<Passage>> passages, String themeTitle, String url) {
    sources.add(new Source(1 + annotations(essay).size(), () -> {
      List<Passage> own = passages.get();
      String title = own.get(0).title();
      List<Document> documents = new ArrayList<>();
      documents.add(new Document("essay", themeTitle, url, own.get(0)));
      own.subList(1, own.size()).forEach(note -> documents.add(new Document("note", title, url, note)));
      return documents;
    }));
  }

  /** An essay's own passage, then one per annotation, in order; see {@link Passage#of}. */
  public static List<Passage> passagesOf(ParsedEssay essay, UnaryOperator<String> canonical) {
    List<Passage> passages = new ArrayList<>();
    passages.add(Passage.of(essay.source().title(), text(essay.document(), n -> !Annotations.isInsideAnnotation(n)), canonical));
    for (Node annotation : annotations(essay)) {
      passages.add(Passage.of("Editor’s note", text(annotation, n -> true).replace(Annotations.MARKER, "").strip(), canonical));
    }
    return List.copyOf(passages);
  }

  /** The essay's annotations, each a document of its own. */
  private static List<Node> annotations(ParsedEssay essay) {
    List<Node> annotations = new ArrayList<>();
    for (Node block = essay.document().getFirstChild(); block != null; block = block.getNext()) {
      if (Annotations.isAnnotation(block)) {
        annotations.add(block);
      }
    }
    return annotations;
  }

  /** Adds a glossary entry; its aliases are searchable too. */
  public void addTerm(String term, List<String> aliases, Node definition, String url) {
    String also = aliases.isEmpty() ? "" : "Also: " + String.join(", ", aliases) + ". ";
    sources.add(
        new Source(1, () -> List.of(new Document("term", "", url, Passage.of(term, also + text(definition, n -> true), UnaryOperator.identity())))));
  }

  /** How many files the index will have, known before it is built. */
  public Layout layout() {
    return new Layout(sources.stream().mapToInt(Source::documents).sum());
  }

  /** The number of word files for {@code documents} documents. */
  public static int bucketsFor(int documents) {
    return Math.min(MAX_BUCKETS, Integer.highestOneBit(Math.max(1, documents / DOCUMENTS_PER_BUCKET)));
  }

  /** The index's files for {@code documents} documents: one index, {@link #buckets} word files, {@link #chunks} text files. */
  public record Layout(int documents) {
    public int buckets() {
      return bucketsFor(documents);
    }

    public int chunks() {
      return (documents + CHUNK - 1) / CHUNK;
    }
  }

  /**
   * What the last build of a session made, for the next: an edit changes the words of a document
   * or two, and only the word files holding those words need their postings again (making every
   * posting was a quarter of a rebuild at 4,000 essays). Document ids are positions, so the other
   * word files stay as they were while the documents keep their number and order.
   */
  public static final class Memo {
    private List<Document> documents = List.of();
    private List<List<Map.Entry<String, String>>> words = List.of();
  }

  /** As {@link #build(Memo)}, remembering nothing. */
  public Files build() {
    return build(new Memo());
  }

  /**
   * The content of every file, as values that compare by value: incremental rebuilds publish each
   * file's part on its own, so an edit re-renders the few files whose part changed. The word files
   * whose words no document changed since the build {@code memo} saw are taken from it.
   */
  public Files build(Memo memo) {
    List<Document> documents = sources.parallelStream().flatMap(source -> source.extract().get().stream()).toList();
    int count = bucketsFor(documents.size());
    synchronized (memo) {
      boolean[] stale = staleBuckets(memo, documents, count);
      List<Map<String, Postings>> buckets = new ArrayList<>();
      for (int b = 0; b < count; b++) {
        // Hashed while the index grows, sorted once per file.
        buckets.add(stale[b] ? new HashMap<>() : null);
      }
      for (int id = 0; id < documents.size(); id++) {
        for (String word : documents.get(id).passage().words()) {
          int b = bucketOf(word, count);
          if (stale[b]) {
            buckets.get(b).computeIfAbsent(word, w -> new Postings()).add(id);
          }
        }
      }
      List<List<Map.Entry<String, String>>> words = new ArrayList<>();
      for (int b = 0; b < count; b++) {
        words.add(stale[b] ? sorted(buckets.get(b)) : memo.words.get(b));
      }
      memo.documents = documents;
      memo.words = List.copyOf(words);
      return new Files(
          documents.stream().map(d -> List.of(d.kind(), d.passage().title(), d.context(), d.url())).toList(),
          memo.words,
          documents.stream().map(d -> d.passage().text()).toList());
    }
  }

  /** Which word files need their postings made: all, unless only some documents' words changed. */
  private static boolean[] staleBuckets(Memo memo, List<Document> documents, int count) {
    boolean[] stale = new boolean[count];
    if (memo.documents.size() != documents.size() || memo.words.size() != count) {
      Arrays.fill(stale, true);
      return stale;
    }
    for (int id = 0; id < documents.size(); id++) {
      List<String> before = memo.documents.get(id).passage().words();
      List<String> after = documents.get(id).passage().words();
      // A session hands out the same passages for an unchanged essay, so this is mostly identity.
      if (!before.equals(after)) {
        // A posting records only whether a document has the word: the words it gained or lost.
        Set<String> kept = new HashSet<>(before);
        kept.retainAll(after);
        Stream.concat(before.stream(), after.stream()).filter(word -> !kept.contains(word)).forEach(word -> stale[bucketOf(word, count)] = true);
      }
    }
    return stale;
  }

  private static List<Map.Entry<String, String>> sorted(Map<String, Postings> bucket) {
    return new TreeMap<>(bucket).entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue().toString())).toList();
  }

  /** The documents holding one word, as the file writes them: gaps between ids, in base 36. */
  private static final class Postings {
    private final StringBuilder gaps = new StringBuilder();
    private int last;

    void add(int id) {
      if (gaps.length() > 0) {
        gaps.append(',');
      }
      appendBase36(id - last);
      last = id;
    }

    /** {@code Integer.toString(n, 36)} without making a string: this runs for every word of every document. */
    private void appendBase36(int n) {
      if (n >= 36) {
        appendBase36(n / 36);
      }
      gaps.append(Character.forDigit(n % 36, 36));
    }

    @Override
    public String toString() {
      return gaps.toString();
    }
  }

  /**
   * What the index's files hold.
   *
   * @param documents each document's kind, title, context and URL, for {@code search/index.js}
   * @param words per word file, each word in sorted order with its postings
   * @param texts each document's plain text, {@value #CHUNK} to a text file
   */
  public record Files(List<List<String>> documents, List<List<Map.Entry<String, String>>> words, List<String> texts) {
    /** The texts of text file {@code chunk}. */
    public List<String> chunk(int chunk) {
      return texts.subList(chunk * CHUNK, Math.min(texts.size(), (chunk + 1) * CHUNK));
    }
  }

  /**
   * {@code search/index.js}: the index's layout ({@code buckets}, the number of word files;
   * {@code chunk}, documents per text file) and each document's kind, title, context and URL.
   */
  public static String index(List<List<String>> documents) {
    return script(
        "index",
        json -> {
          json.writeStartObject();
          json.writeNumberField("buckets", bucketsFor(documents.size()));
          json.writeNumberField("chunk", CHUNK);
          json.writeFieldName("docs");
          json.writeStartArray();
          for (List<String> doc : documents) {
            strings(json, doc);
          }
          json.writeEndArray();
          json.writeEndObject();
        });
  }

  /** {@code search/words-<bucket>.js}: each word, in sorted order, with its postings. */
  public static String words(int bucket, List<Map.Entry<String, String>> words) {
    return script(
        "words-" + bucket,
        json -> {
          json.writeStartObject();
          for (Map.Entry<String, String> word : words) {
            json.writeStringField(word.getKey(), word.getValue());
          }
          json.writeEndObject();
        });
  }

  /** {@code search/text-<chunk>.js}: the plain text of the chunk's documents. */
  public static String text(int chunk, List<String> texts) {
    return script("text-" + chunk, json -> strings(json, texts));
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
    // The hash of the two-letter prefix, without making it: this runs for every word of every document.
    int hash = word.length() == 1 ? word.charAt(0) : 31 * word.charAt(0) + word.charAt(1);
    return Math.floorMod(hash, buckets);
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
