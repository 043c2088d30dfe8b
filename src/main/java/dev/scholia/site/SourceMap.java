package dev.scholia.site;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.scholia.fidelity.PlacementMemo;
import dev.scholia.fidelity.Provenance;
import dev.scholia.fidelity.Provenance.Placement;
import dev.scholia.model.Comment;
import dev.scholia.model.Discussion;
import dev.scholia.model.EssaySource;
import dev.scholia.model.SourceLine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code source-map.json}: one entry per line of every thread saying where it went, with the
 * fields documented in {@code docs/content.md}. A byline goes where the first paragraph of its
 * comment went; blank lines go nowhere.
 *
 * <p>Written with Jackson's streaming generator straight to UTF-8 bytes: a thread of 200,000
 * lines would otherwise become as many objects, then a string, then bytes, and data binding's
 * start-up shows on small archives.
 */
final class SourceMap {
  private static final JsonFactory JSON = new JsonFactory();
  private static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"))
          .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));

  private SourceMap() {}

  /**
   * The last source map made, for a session: made again only when the threads, a line's placement
   * or an essay's theme changed.
   */
  static final class Memo {
    private final PlacementMemo<byte[]> made = new PlacementMemo<>();

    /** The source map of an archive, the bytes made last time when nothing they show changed. */
    byte[] toJson(List<Discussion> discussions, List<EssaySource> essays, Provenance provenance) {
      Map<String, String> themes = themeOfEssay(essays);
      return made.get(discussions, provenance, themes, () -> SourceMap.toJson(discussions, themes, provenance));
    }
  }

  private static Map<String, String> themeOfEssay(List<EssaySource> essays) {
    Map<String, String> themeOfEssay = new HashMap<>();
    essays.forEach(e -> themeOfEssay.put(e.slug(), e.theme()));
    return themeOfEssay;
  }

  private static byte[] toJson(List<Discussion> discussions, Map<String, String> themeOfEssay, Provenance provenance) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
    try (JsonGenerator json = JSON.createGenerator(bytes)) {
      json.setPrettyPrinter(PRETTY.createInstance());
      json.writeStartObject();
      json.writeArrayFieldStart("paragraphs");
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
          json.writeStartObject();
          json.writeStringField("seed", line.seed());
          json.writeNumberField("line", line.line());
          json.writeStringField("kind", line.kind().label());
          json.writeStringField("theme", essay == null ? null : themeOfEssay.get(essay));
          json.writeStringField("essay", essay);
          json.writeStringField("url", essay == null ? null : "essays/" + essay + "/#" + placement.anchor());
          if (placement == null || placement.attachedTo() == null) {
            json.writeNullField("attachedTo");
          } else {
            json.writeNumberField("attachedTo", placement.attachedTo().line());
          }
          json.writeEndObject();
        }
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return bytes.toByteArray();
  }
}
