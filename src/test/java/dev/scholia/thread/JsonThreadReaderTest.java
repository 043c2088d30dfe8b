package dev.scholia.thread;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scholia.model.Diagnostic;
import dev.scholia.model.Diagnostics;
import dev.scholia.model.LineKind;
import dev.scholia.model.ScholiaException;
import dev.scholia.model.SourceLine;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonThreadReaderTest {
  private static ThreadExport read(String json, Diagnostics warnings) {
    return JsonThreadReader.read("seeds/t.json", json.getBytes(StandardCharsets.UTF_8), warnings);
  }

  @Test
  void eachCommentBecomesBylineParagraphsAndNotesWithABlankLineBetweenComments() {
    ThreadExport export =
        read(
            "{\"comments\": [{\"id\": \"a\", \"author\": \"ada\", \"body\": \"One\\nline.\\n\\n> quoted\\n\\nSee [^1].\\n\\n[^1]: Note.\"},"
                + " {\"id\": 7, \"body\": \"Yes\"}]}",
            new Diagnostics());
    assertEquals(List.of("a", "7"), export.ids());
    assertEquals(
        List.of("ada", "One line.", "> quoted", "See [^1].", "[^1]: Note.", "", "Yes"),
        export.lines().stream().map(SourceLine::text).toList());
    assertEquals(
        List.of(LineKind.BYLINE, LineKind.TEXT, LineKind.QUOTE, LineKind.TEXT, LineKind.FOOTNOTE, LineKind.BLANK, LineKind.TEXT),
        export.lines().stream().map(SourceLine::kind).toList(),
        "a one-word body is prose: the export names its authors");
  }

  @Test
  void malformedJsonIsReportedAtItsFileLine() {
    ScholiaException e = assertThrows(ScholiaException.class, () -> read("[\n{\"id\": \"a\",\n\"body\": }\n]", new Diagnostics()));
    Diagnostic d = e.diagnostics().get(0);
    assertEquals("seeds/t.json", d.path());
    assertEquals(3, d.line());
    assertTrue(d.message().startsWith("malformed JSON"), d.message());
  }

  @Test
  void aBadDateOrUrlIsAnErrorAndAnUnknownKeyOrDanglingParentAWarning() {
    Diagnostics warnings = new Diagnostics();
    ScholiaException e =
        assertThrows(
            ScholiaException.class,
            () -> read("[{\"id\": \"a\", \"body\": \"Hi.\", \"posted\": \"yesterday\", \"url\": \"ftp://x\", \"parent\": \"z\", \"score\": 3}]", warnings));
    assertEquals(2, e.diagnostics().size(), e.diagnostics().toString());
    assertTrue(e.diagnostics().get(0).message().contains("`posted` is not an ISO 8601 date"), e.diagnostics().toString());
    assertEquals(2, warnings.warnings().size(), warnings.all().toString());
  }

  @Test
  void duplicateIdsAreAnError() {
    ScholiaException e =
        assertThrows(ScholiaException.class, () -> read("[{\"id\": \"a\", \"body\": \"Hi.\"}, {\"id\": \"a\", \"body\": \"Ho.\"}]", new Diagnostics()));
    assertTrue(e.diagnostics().get(0).message().contains("used twice"), e.diagnostics().toString());
  }
}
