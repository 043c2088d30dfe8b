package dev.scholia.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.scholia.model.Diagnostic;
import dev.scholia.model.MarkdownText;
import dev.scholia.model.ScholiaException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits {@code ---}-fenced YAML front matter from a Markdown file and parses it with Jackson's
 * streaming YAML parser into a tree ({@link YamlTree}), remembering the line of each top-level
 * key. YAML errors are reported at their file line.
 */
final class FrontMatterParser {
  /** A repeated key is refused rather than silently won by its last occurrence. */
  private static final YAMLFactory YAML =
      YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");

  private FrontMatterParser() {}

  static ContentFile parse(String path, String text) {
    // Scans for the fences with indexOf rather than splitting the file into lines: the body is
    // most of the file, and it is taken whole as one substring.
    int firstEnd = lineEnd(text, 0);
    if (!isFence(text.substring(0, firstEnd))) {
      throw new ScholiaException(
          Diagnostic.error(path, 1, "the file does not start with front matter")
              .withHint("begin the file with a line `---`, the YAML keys, and another `---`"));
    }
    int close = -1;
    int closeLine = 0;
    for (int start = firstEnd + 1, line = 1; start <= text.length() && firstEnd < text.length(); line++) {
      int end = lineEnd(text, start);
      if (isFence(text.substring(start, end))) {
        close = start;
        closeLine = line;
        break;
      }
      start = end + 1;
    }
    if (close < 0) {
      throw new ScholiaException(
          Diagnostic.error(path, 1, "the front matter is not closed")
              .withHint("add a line `---` after the last YAML key"));
    }
    String yaml = text.substring(firstEnd + 1, close);
    int closeEnd = lineEnd(text, close);
    String body = closeEnd < text.length() ? text.substring(closeEnd + 1) : "";
    // The YAML's line 1 is the file's line 2 (after the opening fence).
    Map<String, Integer> keyLines = new LinkedHashMap<>();
    JsonNode fields = parseYaml(path, yaml, 1, keyLines);
    return new ContentFile(path, fields, keyLines, new MarkdownText(path, closeLine + 2, body));
  }

  /** The index of the line break ending the line that starts at {@code start}, or the length. */
  private static int lineEnd(String text, int start) {
    int end = text.indexOf('\n', start);
    return end < 0 ? text.length() : end;
  }

  /** Parses a plain YAML file (such as {@code content/site.yaml}) as if it were front matter. */
  static ContentFile parseYamlFile(String path, String text) {
    Map<String, Integer> keyLines = new LinkedHashMap<>();
    JsonNode fields = parseYaml(path, text, 0, keyLines);
    return new ContentFile(path, fields, keyLines, new MarkdownText(path, 1, ""));
  }

  private static boolean isFence(String line) {
    return line.stripTrailing().equals("---");
  }

  /**
   * @param linesBefore how many lines of the file precede the YAML, to turn YAML lines into file
   *     lines
   */
  private static JsonNode parseYaml(String path, String yaml, int linesBefore, Map<String, Integer> keyLines) {
    if (yaml.isBlank()) {
      return JsonNodeFactory.instance.objectNode();
    }
    // One pass over the YAML: each top-level key's line is noted as its value is read into the
    // tree (parsing the text twice, once for lines and once for the tree, doubled the cost).
    try (JsonParser tokens = YAML.createParser(yaml)) {
      if (tokens.nextToken() != JsonToken.START_OBJECT) {
        throw new ScholiaException(
            Diagnostic.error(path, 1 + linesBefore, "the front matter is not a set of `key: value` lines"));
      }
      ObjectNode tree = JsonNodeFactory.instance.objectNode();
      while (tokens.nextToken() == JsonToken.FIELD_NAME) {
        String key = tokens.currentName();
        keyLines.putIfAbsent(key, tokens.currentTokenLocation().getLineNr() + linesBefore);
        tokens.nextToken();
        tree.set(key, YamlTree.read(tokens));
      }
      return tree;
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      int line = where == null ? 1 : where.getLineNr() + linesBefore;
      int column = where == null ? 0 : Math.max(where.getColumnNr(), 0);
      Matcher duplicate = DUPLICATE.matcher(e.getOriginalMessage());
      throw new ScholiaException(
          duplicate.matches()
              ? new Diagnostic(Diagnostic.Severity.ERROR, path, line, column, "front-matter key `" + duplicate.group(1) + "` appears twice", "keep one of them")
              : new Diagnostic(
                  Diagnostic.Severity.ERROR,
                  path,
                  line,
                  column,
                  "malformed YAML front matter: " + problem(e.getOriginalMessage()),
                  "check indentation and quote values that contain `:` or `#`"));
    } catch (IOException e) {
      throw new ScholiaException(Diagnostic.error(path, 1, "cannot parse front matter: " + e.getMessage()));
    }
  }

  /**
   * SnakeYAML's message without its excerpts: it reads "context, location, excerpt, caret,
   * problem, location, excerpt, caret", where only context and problem lines are not indented.
   * The location is reported separately, so this keeps "problem (context)".
   */
  static String problem(String message) {
    List<String> said =
        message.lines().filter(line -> !line.isBlank() && !line.startsWith(" ") && !line.startsWith("\t")).toList();
    if (said.isEmpty()) {
      return message.strip();
    }
    String problem = said.get(said.size() - 1);
    List<String> context = said.subList(0, said.size() - 1);
    return context.isEmpty() ? problem : problem + " (" + String.join(", ", context) + ")";
  }
}
