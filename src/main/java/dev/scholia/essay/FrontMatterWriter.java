package dev.scholia.essay;

import dev.scholia.content.FrontMatterYaml;
import dev.scholia.model.EssaySource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes an essay's front matter with Jackson, so any title or summary is quoted correctly. */
final class FrontMatterWriter {
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
    return FrontMatterYaml.write(fields);
  }

  static String write(EssaySource essay, List<String> sources) {
    return write(essay.title(), essay.theme(), essay.summary(), essay.order(), sources);
  }
}
