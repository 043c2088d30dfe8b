package dev.scholia.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
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
 * Splits {@code ---}-fenced YAML front matter from a Markdown file and parses it with Jackson,
 * remembering the line of each top-level key. YAML errors are reported at their file line.
 */
final class FrontMatterParser {
  /** A repeated key is refused rather than silently won by its last occurrence. */
  private static final YAMLFactory YAML =
      YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final ObjectMapper MAPPER = new ObjectMapper(YAML);

  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");

  private FrontMatterParser() {}

  static ContentFile parse(String path, String text) {
    String[] lines = text.split("\n", -1);
    if (lines.length == 0 || !isFence(lines[0])) {
      throw new ScholiaException(
          Diagnostic.error(path, 1, "the file does not start with front matter")
              .withHint("begin the file with a line `---`, the YAML keys, and another `---`"));
    }
    int close = -1;
    for (int i = 1; i < lines.length; i++) {
      if (isFence(lines[i])) {
        close = i;
        break;
      }
    }
    if (close < 0) {
      throw new ScholiaException(
          Diagnostic.error(path, 1, "the front matter is not closed")
              .withHint("add a line `---` after the last YAML key"));
    }
    StringBuilder yaml = new StringBuilder();
    for (int i = 1; i < close; i++) {
      yaml.append(lines[i]).append('\n');
    }
    StringBuilder body = new StringBuilder();
    for (int i = close + 1; i < lines.length; i++) {
      body.append(lines[i]);
      if (i < lines.length - 1) {
        body.append('\n');
      }
    }
    // The YAML's line 1 is the file's line 2 (after the opening fence).
    Map<String, Integer> keyLines = new LinkedHashMap<>();
    JsonNode fields = parseYaml(path, yaml.toString(), 1, keyLines);
    return new ContentFile(path, fields, keyLines, new MarkdownText(path, close + 2, body.toString()));
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
    try (JsonParser tokens = MAPPER.createParser(yaml)) {
      int depth = 0;
      for (JsonToken token = tokens.nextToken(); token != null; token = tokens.nextToken()) {
        if (token.isStructStart()) {
          depth++;
        } else if (token.isStructEnd()) {
          depth--;
        } else if (token == JsonToken.FIELD_NAME && depth == 1) {
          keyLines.putIfAbsent(tokens.currentName(), tokens.currentTokenLocation().getLineNr() + linesBefore);
        }
      }
      JsonNode tree = MAPPER.readTree(yaml);
      if (tree == null || !tree.isObject()) {
        throw new ScholiaException(
            Diagnostic.error(path, 1 + linesBefore, "the front matter is not a set of `key: value` lines"));
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
