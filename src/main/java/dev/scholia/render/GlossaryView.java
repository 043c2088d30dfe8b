package dev.scholia.render;

import java.util.List;

/**
 * One glossary entry as the glossary page shows it.
 *
 * @param slug the entry's fragment id on the glossary page
 * @param term the term as shown
 * @param aliases other names the text uses for it
 * @param definitionHtml the rendered definition (trusted: produced by the Markdown renderer)
 * @param essays the essays that name the term
 */
public record GlossaryView(String slug, String term, List<String> aliases, String definitionHtml, List<EssayCard> essays) {

  public GlossaryView {
    aliases = List.copyOf(aliases);
    essays = List.copyOf(essays);
  }
}
