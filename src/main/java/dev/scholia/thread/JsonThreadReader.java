package dev.scholia.thread;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scholia.model.Diagnostic;
import dev.scholia.model.Diagnostics;
import dev.scholia.model.LineKind;
import dev.scholia.model.ScholiaException;
import dev.scholia.model.SourceLine;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a JSON thread export ({@code seeds/*.json}, schema in {@code docs/thread-format.md}) into
 * the same lines a plain-text thread gives, so both go through one pipeline: each comment becomes
 * its author's byline, then its body's paragraphs (blank-line separated, soft line breaks joined
 * by a space) classified like plain-text lines, then a blank line, which marks the comment's end.
 * Line numbers therefore count lines of that plain-text form; problems with the JSON itself are
 * reported at the file's own line.
 */
public final class JsonThreadReader {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  private static final Set<String> KEYS = Set.of("id", "author", "parent", "posted", "url", "body");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*\\n");
  private static final Pattern URL = Pattern.compile("https?://\\S+");

  private JsonThreadReader() {}

  /** Problems that do not stop the import (unknown keys, a dangling parent) go to {@code warnings}. */
  public static ThreadExport read(String seed, byte[] bytes, Diagnostics warnings) {
    JsonNode root = parse(seed, Utf8Text.decode(seed, bytes));
    JsonNode comments = root.isArray() ? root : root.get("comments");
    if (comments == null || !comments.isArray()) {
      throw new ScholiaException(
          Diagnostic.error(seed, 1, "a JSON thread is an array of comments, or an object with a `comments` array")
              .withHint("see docs/thread-format.md for the schema"));
    }
    List<Diagnostic> errors = new ArrayList<>();
    List<SourceLine> lines = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int index = 0;
    for (JsonNode comment : comments) {
      index++;
      String where = "comment " + index;
      if (!comment.isObject()) {
        errors.add(Diagnostic.error(seed, 0, where + " is not an object"));
        continue;
      }
      String id = text(comment, "id");
      String body = text(comment, "body");
      if (id == null || id.isBlank()) {
        errors.add(Diagnostic.error(seed, 0, where + " has no `id`").withHint("give every comment a unique id"));
        continue;
      }
      where = "comment `" + id + "`";
      if (!seen.add(id)) {
        errors.add(Diagnostic.error(seed, 0, where + ": the id is used twice"));
      }
      check(seed, where, comment, seen, errors, warnings);
      if (body == null || body.isBlank()) {
        warnings.add(Diagnostic.warning(seed, 0, where + " has no `body`; skipped"));
        continue;
      }
      if (!lines.isEmpty()) {
        lines.add(line(seed, lines, LineKind.BLANK, ""));
      }
      String author = text(comment, "author");
      if (author != null && !author.isBlank()) {
        lines.add(line(seed, lines, LineKind.BYLINE, author.strip()));
      }
      for (String paragraph : BLANK_LINES.split(body.replace("\r\n", "\n").strip())) {
        String text = String.join(" ", paragraph.strip().split("[ \\t]*\\n[ \\t]*"));
        lines.add(line(seed, lines, kindInBody(text), text));
      }
      ids.add(id);
    }
    if (!errors.isEmpty()) {
      throw new ScholiaException(errors);
    }
    if (lines.isEmpty()) {
      throw new ScholiaException(Diagnostic.error(seed, 0, "the thread is empty").withHint("add comments with a `body`"));
    }
    return new ThreadExport(lines, ids);
  }

  /**
   * A body paragraph's kind: as in a plain-text thread, except that an export names its authors
   * and marks its quotes ({@code >}), so a one-word paragraph or a lower-case fragment is prose.
   */
  private static LineKind kindInBody(String text) {
    LineKind kind = LineClassifier.classify(text);
    boolean guessed = kind == LineKind.BYLINE || (kind == LineKind.QUOTE && !text.startsWith(">"));
    return guessed ? LineKind.TEXT : kind;
  }

  private static void check(String seed, String where, JsonNode comment, Set<String> seen, List<Diagnostic> errors, Diagnostics warnings) {
    for (Iterator<String> names = comment.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!KEYS.contains(name)) {
        warnings.add(Diagnostic.warning(seed, 0, where + ": unknown key `" + name + "` ignored").withHint("known keys: author, body, id, parent, posted, url"));
      }
    }
    String parent = text(comment, "parent");
    if (parent != null && !seen.contains(parent)) {
      warnings.add(Diagnostic.warning(seed, 0, where + ": parent `" + parent + "` is not an earlier comment"));
    }
    String posted = text(comment, "posted");
    if (posted != null && !isIsoDate(posted)) {
      errors.add(Diagnostic.error(seed, 0, where + ": `posted` is not an ISO 8601 date: " + posted).withHint("write 2025-03-01 or 2025-03-01T12:00:00Z"));
    }
    String url = text(comment, "url");
    if (url != null && !URL.matcher(url).matches()) {
      errors.add(Diagnostic.error(seed, 0, where + ": `url` is not an http(s) URL: " + url));
    }
  }

  private static boolean isIsoDate(String value) {
    try {
      if (value.length() == 10) {
        LocalDate.parse(value);
      } else {
        OffsetDateTime.parse(value);
      }
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static String text(JsonNode comment, String key) {
    JsonNode value = comment.get(key);
    return value == null || value.isNull() || !value.isValueNode() ? null : value.asText();
  }

  private static SourceLine line(String seed, List<SourceLine> lines, LineKind kind, String text) {
    return new SourceLine(seed, lines.size() + 1, kind, text);
  }

  private static JsonNode parse(String seed, String text) {
    try {
      JsonNode root = JSON.readTree(text);
      if (root == null) {
        throw new ScholiaException(Diagnostic.error(seed, 0, "the thread is empty"));
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new ScholiaException(
          new Diagnostic(
              Diagnostic.Severity.ERROR,
              seed,
              at == null ? 0 : at.getLineNr(),
              at == null ? 0 : Math.max(at.getColumnNr(), 0),
              "malformed JSON: " + e.getOriginalMessage(),
              "check the export is valid JSON"));
    } catch (IOException e) {
      throw new ScholiaException(Diagnostic.error(seed, 0, "cannot read: " + e.getMessage()));
    }
  }
}
