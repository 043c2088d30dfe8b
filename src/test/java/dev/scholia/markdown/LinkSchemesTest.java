package dev.scholia.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.scholia.model.Diagnostic;
import dev.scholia.model.Diagnostics;
import dev.scholia.model.MarkdownText;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LinkSchemesTest {
  private static List<Diagnostic> check(String body) {
    MarkdownText text = new MarkdownText("content/essays/e.md", 5, body);
    Diagnostics diagnostics = new Diagnostics();
    LinkSchemes.check(text, Markdown.parse(text), diagnostics);
    return diagnostics.all();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](<java\tscript:alert(1)>)",
        "[x](&#x6A;avascript:alert(1))",
        "<javascript:alert(1)>",
        "![x](data:image/svg+xml;base64,PHN2Zz4=)",
        "[x](vbscript:msgbox)",
        "[x](file:///etc/passwd)",
        "[x][ref]\n\n[ref]: javascript:alert(1)"
      })
  void unsafeSchemesAreRefusedHoweverWritten(String body) {
    List<Diagnostic> found = check(body);
    assertEquals(1, found.size(), body);
    assertEquals(5, found.get(0).line());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[x](https://example.org/)", "[x](http://example.org/)", "[x](mailto:a@example.org)", "[x](tel:+123)",
        "[x](../themes/a/)", "[x](#fn-1)", "[x](/javascript:not-a-scheme)", "[x](?q=javascript:x)", "[x](//example.org/)",
        "javascript:alert(1) as plain text", "`[x](javascript:alert(1))`"
      })
  void safeLinksAndTextPass(String body) {
    assertEquals(List.of(), check(body), body);
  }

  @Test
  void theErrorPointsAtTheSchemesLineAndColumn() {
    Diagnostic found = check("First line of a paragraph\nwith [a link](javascript:void(0)) inside.").get(0);
    assertEquals(6, found.line());
    assertEquals(15, found.column());
    assertEquals("link to `javascript:void(0)` uses the unsafe URL scheme `javascript:`", found.message());
  }

  @Test
  void schemesAreReadTheWayBrowsersReadThem() {
    assertEquals("javascript", LinkSchemes.schemeOf(" \u0001JAVA\nSCRIPT:x"));
    assertNull(LinkSchemes.schemeOf("relative/path:x"));
    assertNull(LinkSchemes.schemeOf("#top"));
  }
}
