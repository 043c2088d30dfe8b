package dev.scholia.model;

import java.util.List;

/**
 * Everything read from {@code content/}: the editors' side of the archive.
 *
 * @param site archive-wide settings
 * @param themes themes in display order
 * @param essays essays sorted by slug
 * @param glossary glossary terms sorted by slug
 */
public record Content(SiteConfig site, List<Theme> themes, List<EssaySource> essays, List<GlossaryTerm> glossary) {

  public Content {
    themes = List.copyOf(themes);
    essays = List.copyOf(essays);
    glossary = List.copyOf(glossary);
  }
}
