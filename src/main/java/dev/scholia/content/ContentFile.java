package dev.scholia.content;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scholia.model.MarkdownText;
import java.util.Map;

/**
 * A content file split into its parsed front matter and its Markdown body.
 *
 * @param path the file, relative to the archive root
 * @param fields the front matter as a JSON tree (an object)
 * @param keyLines the file line of each top-level front-matter key
 * @param body the Markdown after the closing {@code ---}
 */
record ContentFile(String path, JsonNode fields, Map<String, Integer> keyLines, MarkdownText body) {

  /** The line of {@code key}, or of the opening {@code ---} when the key is absent. */
  int lineOf(String key) {
    return keyLines.getOrDefault(key, 1);
  }
}
