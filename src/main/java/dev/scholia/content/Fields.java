package dev.scholia.content;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scholia.model.Diagnostic;
import dev.scholia.model.Diagnostics;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Typed, located access to one file's front matter. Unknown keys are reported when it is made;
 * each getter reports a missing or mistyped value at the key's line and returns a fallback, so a
 * file with several mistakes yields all of them in one run.
 */
final class Fields {
  private final ContentFile file;
  private final Diagnostics diagnostics;

  Fields(ContentFile file, Set<String> allowed, Diagnostics diagnostics) {
    this.file = file;
    this.diagnostics = diagnostics;
    Iterator<String> names = file.fields().fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!allowed.contains(name)) {
        diagnostics.add(
            Diagnostic.error(file.path(), file.lineOf(name), "unknown front-matter key `" + name + "`")
                .withHint("allowed keys: " + String.join(", ", new TreeSet<>(allowed))));
      }
    }
  }

  String requireText(String key) {
    JsonNode value = file.fields().get(key);
    if (value == null || value.isNull()) {
      diagnostics.add(
          Diagnostic.error(file.path(), 1, "missing front-matter key `" + key + "`")
              .withHint("add a line `" + key + ": …` between the `---` lines"));
      return "";
    }
    return scalar(key, value);
  }

  String text(String key, String fallback) {
    JsonNode value = file.fields().get(key);
    return value == null || value.isNull() ? fallback : scalar(key, value);
  }

  int integer(String key, int fallback) {
    JsonNode value = file.fields().get(key);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.canConvertToInt() || !value.isIntegralNumber()) {
      error(key, "`" + key + "` must be a whole number", "write it as digits, such as `" + key + ": 2`");
      return fallback;
    }
    return value.intValue();
  }

  boolean flag(String key) {
    JsonNode value = file.fields().get(key);
    if (value == null || value.isNull()) {
      return false;
    }
    if (!value.isBoolean()) {
      error(key, "`" + key + "` must be true or false", "write `" + key + ": true` or `" + key + ": false`");
      return false;
    }
    return value.booleanValue();
  }

  /** A list of strings; a single string is taken as a one-element list. */
  List<String> texts(String key) {
    JsonNode value = file.fields().get(key);
    List<String> out = new ArrayList<>();
    if (value == null || value.isNull()) {
      return out;
    }
    if (value.isArray()) {
      for (JsonNode item : value) {
        out.add(scalar(key, item));
      }
    } else {
      out.add(scalar(key, value));
    }
    return out;
  }

  JsonNode node(String key) {
    return file.fields().get(key);
  }

  int lineOf(String key) {
    return file.lineOf(key);
  }

  void error(String key, String message) {
    diagnostics.error(file.path(), file.lineOf(key), message);
  }

  void error(String key, String message, String hint) {
    diagnostics.add(Diagnostic.error(file.path(), file.lineOf(key), message).withHint(hint));
  }

  private String scalar(String key, JsonNode value) {
    if (!value.isValueNode()) {
      error(key, "`" + key + "` must be text, not a list or map", "put the value on the key's line; quote it if it starts with `[`, `{` or `-`");
      return "";
    }
    return value.asText();
  }
}
