package dev.scholia.essay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.scholia.model.EssaySource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes an essay's front matter with Jackson, so any title or summary is quoted correctly. */
final class FrontMatterWriter {
  private static final YAMLMapper YAML =
      new YAMLMapper(
          YAMLFactory.builder()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .disable(YAMLGenerator.Feature.SPLIT_LINES)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
              .build());

  private FrontMatterWriter() {}

  /** {@code ---}, the keys in a fixed order, {@code ---}: the head of an essay file. */
  static String write(String title, String theme, String summary, int order, List<String> sources) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("title", title);
    fields.put("theme", theme);
    fields.put("summary", summary);
    if (order != Integer.MAX_VALUE) {
      fields.put("order", order);
    }
    fields.put("sources", sources);
    try {
      return "---\n" + YAML.writeValueAsString(fields) + "---\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("front matter holds only strings and numbers", e);
    }
  }

  static String write(EssaySource essay, List<String> sources) {
    return write(essay.title(), essay.theme(), essay.summary(), essay.order(), sources);
  }
}
