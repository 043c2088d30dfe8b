package dev.scholia.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DiagnosticTest {
  @Test
  void formatsLikeACompilerWithTheHintOnItsOwnLine() {
    assertEquals(
        "content/essays/a.md:3:7: error: unknown theme `x`\n  hint: known themes: y",
        Diagnostic.error("content/essays/a.md", 3, "unknown theme `x`").withColumn(7).withHint("known themes: y").format());
  }

  @Test
  void controlAndBidiCharactersCannotRewriteTheTerminal() {
    String hostile = "file\u001B[2J\u202Ename.md";
    assertEquals(
        "file\\u001B[2J\\u202Ename.md: error: key `\\u0007` unknown",
        Diagnostic.error(hostile, 0, "key `\u0007` unknown").format());
  }
}
