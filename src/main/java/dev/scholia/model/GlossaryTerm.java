package dev.scholia.model;

import java.util.List;

/**
 * A concept defined in {@code content/glossary/<slug>.md}.
 *
 * @param slug the file's name without {@code .md}
 * @param term the term as shown
 * @param aliases other ways the text names it
 * @param definition the Markdown body
 */
public record GlossaryTerm(String slug, String term, List<String> aliases, MarkdownText definition) {

  public GlossaryTerm {
    aliases = List.copyOf(aliases);
  }

  public String path() {
    return definition.path();
  }
}
