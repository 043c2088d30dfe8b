package dev.scholia.site;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.scholia.fidelity.Provenance;
import dev.scholia.fidelity.Provenance.Placement;
import dev.scholia.model.Comment;
import dev.scholia.model.Discussion;
import dev.scholia.model.EssaySource;
import dev.scholia.model.SourceLine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code source-map.json}: one entry per line of every thread saying where it went. A byline goes
 * where the first paragraph of its comment went; blank lines go nowhere.
 */
final class SourceMap {
  /** One line of the thread, as documented in {@code docs/content.md}. */
  record Entry(
      String seed, int line, String kind, String theme, String essay, String url, Integer attachedTo) {}

  record Document(List<Entry> paragraphs) {}

  private static final ObjectWriter JSON =
      new ObjectMapper()
          .writer(
              new DefaultPrettyPrinter()
                  .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                  .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                  .withSeparators(
                      Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)));

  private SourceMap() {}

  static String toJson(List<Discussion> discussions, List<EssaySource> essays, Provenance provenance) {
    Map<String, String> themeOfEssay = new HashMap<>();
    essays.forEach(e -> themeOfEssay.put(e.slug(), e.theme()));
    List<Entry> entries = new ArrayList<>();
    for (Discussion discussion : discussions) {
      Map<SourceLine, SourceLine> bylineTarget = new HashMap<>();
      for (Comment comment : discussion.comments()) {
        if (comment.byline() != null && !comment.paragraphs().isEmpty()) {
          bylineTarget.put(comment.byline(), comment.paragraphs().get(0).source());
        }
      }
      for (SourceLine line : discussion.lines()) {
        Placement placement = provenance.placementOf(bylineTarget.getOrDefault(line, line));
        String essay = placement == null ? null : placement.essay();
        entries.add(
            new Entry(
                line.seed(),
                line.line(),
                line.kind().label(),
                essay == null ? null : themeOfEssay.get(essay),
                essay,
                essay == null ? null : "essays/" + essay + "/#" + placement.anchor(),
                placement == null || placement.attachedTo() == null ? null : placement.attachedTo().line()));
      }
    }
    try {
      return JSON.writeValueAsString(new Document(entries)) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("source map entries are plain values", e);
    }
  }
}
