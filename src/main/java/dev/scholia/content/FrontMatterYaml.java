package dev.scholia.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.Map;

/**
 * Writes front matter with Jackson, so any title, term or summary (colons, quotes, accents) comes
 * out as valid YAML; one configuration for every file scholia writes, so they all look alike.
 */
public final class FrontMatterYaml {
  private static final YAMLMapper YAML =
      new YAMLMapper(
          YAMLFactory.builder()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .disable(YAMLGenerator.Feature.SPLIT_LINES)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
              .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
              .build());

  private FrontMatterYaml() {}

  /** {@code ---}, the fields in their map's order, {@code ---}: the head of a content file. */
  public static String write(Map<String, Object> fields) {
    return "---\n" + yaml(fields) + "---\n";
  }

  /** The fields in their map's order, as a YAML file of their own ({@code site.yaml}). */
  public static String yaml(Map<String, Object> fields) {
    try {
      return YAML.writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("front matter holds only strings, numbers, booleans and lists", e);
    }
  }
}
