package dev.scholia.content;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scholia.model.Diagnostic;
import dev.scholia.model.Diagnostics;
import dev.scholia.model.ScholiaException;
import dev.scholia.testing.Bounded;
import dev.scholia.testing.TestFolders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzes reading {@code content/}: any text in a theme, essay, glossary file or {@code site.yaml}
 * is read or reported as located diagnostics, never an uncaught exception or a hang. Inputs mix
 * YAML's sharp edges (anchors and aliases, tags, flow collections, tabs, duplicate keys, deep
 * nesting) with arbitrary characters.
 */
class FrontMatterProperties {
  private static final Duration LIMIT = Duration.ofSeconds(10);

  @Property
  void anyContentFileIsReadOrRefusedWithALocatedError(
      @ForAll("files") String essay, @ForAll("files") String theme, @ForAll("yaml") String site) throws Exception {
    Path root = TestFolders.fresh("front-matter");
    try {
      write(root.resolve("content/essays/fuzz.md"), essay);
      write(root.resolve("content/themes/alpha.md"), theme);
      write(root.resolve("content/glossary/term.md"), essay);
      write(root.resolve("content/site.yaml"), site);
      Diagnostics diagnostics = new Diagnostics();
      List<Diagnostic> found =
          Bounded.within(
              LIMIT,
              () -> {
                try {
                  ContentReader.read(root, diagnostics);
                  return diagnostics.all();
                } catch (ScholiaException e) {
                  return e.diagnostics();
                }
              });
      for (Diagnostic d : found) {
        assertTrue(d.path().startsWith("content/"), d.format());
        assertTrue(d.line() >= 0 && d.column() >= 0, d.format());
        assertTrue(!d.message().isBlank(), d.format());
      }
    } finally {
      TestFolders.delete(root);
    }
  }

  @Provide
  Arbitrary<String> files() {
    Arbitrary<String> body = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(40), Arbitraries.of("", "Body.\n", "---\n"));
    return net.jqwik.api.Combinators.combine(Arbitraries.of("---\n", "---\r\n", "", "\uFEFF---\n", "--- \n"), yaml(), Arbitraries.of("---\n", "---", "", "...\n"), body)
        .as((open, yaml, close, rest) -> open + yaml + close + rest);
  }

  @Provide
  Arbitrary<String> yaml() {
    Arbitrary<String> token =
        Arbitraries.oneOf(
            Arbitraries.of(
                "title: ", "theme: ", "summary: ", "order: ", "keywords: ", "catchAll: ", "term: ", "aliases: ",
                "sources: ", "unsafeHtml: ", "baseUrl: ", "\n", "\n  ", "\t", "- ", "[", "]", "{", "}", ",", ": ",
                "&a ", "*a", "!!str ", "!!binary ", "!!java.lang.Runtime ", "!<tag:x> ", "? ", "|\n  ", ">\n  ",
                "'", "\"", "#", "%YAML 1.2\n", "---\n", "~", "null", "true", "1e999", "-0", "0x1F", "99999999999",
                "2026-01-01", "alpha", "a: b", "\\u0000", "\u2028"),
            Arbitraries.strings().ofMaxLength(5));
    return token.list().ofMaxSize(40).map(parts -> String.join("", parts) + "\n");
  }

  private static void write(Path file, String text) throws java.io.IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
