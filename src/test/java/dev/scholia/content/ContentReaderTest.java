package dev.scholia.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scholia.model.Content;
import dev.scholia.model.Diagnostic;
import dev.scholia.model.Diagnostics;
import dev.scholia.model.Keyword;
import dev.scholia.model.ScholiaException;
import dev.scholia.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentReaderTest {
  @TempDir Path root;

  private static final String THEME = "---\ntitle: Soil\norder: 2\ndescription: Dirt.\nkeywords: [compost, {bone meal: 2.5}]\n---\nIntro *text*.\n";

  @Test
  void readsThemesEssaysAndTheirBodies() {
    Fixtures.write(root.resolve("content/themes/soil.md"), THEME);
    Fixtures.write(
        root.resolve("content/essays/compost.md"),
        "---\ntitle: \"Compost: a primer\"\ntheme: soil\nsummary: Short.\nsources: seeds/a.txt\n---\n\nBody line.\n");
    Diagnostics diagnostics = new Diagnostics();
    Content content = ContentReader.read(root, diagnostics);
    assertEquals(List.of(), diagnostics.all());
    assertEquals("Soil", content.themes().get(0).title());
    assertEquals(List.of(new Keyword("compost", 1.0), new Keyword("bone meal", 2.5)), content.themes().get(0).keywords());
    var essay = content.essays().get(0);
    assertEquals("Compost: a primer", essay.title());
    assertEquals(List.of("seeds/a.txt"), essay.sources());
    assertEquals("\nBody line.\n", essay.body().text());
    assertEquals(7, essay.body().firstLine(), "the body starts on the line after the closing ---");
    assertEquals(3, essay.themeLine());
  }

  @Test
  void themesAreOrderedByOrderThenSlug() {
    Fixtures.write(root.resolve("content/themes/b.md"), "---\ntitle: B\norder: 1\n---\n");
    Fixtures.write(root.resolve("content/themes/a.md"), "---\ntitle: A\norder: 1\n---\n");
    Fixtures.write(root.resolve("content/themes/c.md"), "---\ntitle: C\norder: 0\n---\n");
    Content content = ContentReader.read(root, new Diagnostics());
    assertEquals(List.of("c", "a", "b"), content.themes().stream().map(t -> t.slug()).toList());
  }

  @Test
  void unknownKeyIsAnErrorAtItsLine() {
    Fixtures.write(root.resolve("content/themes/soil.md"), THEME);
    Fixtures.write(root.resolve("content/essays/e.md"), "---\ntitle: E\ntheme: soil\nauthor: me\n---\n");
    assertEquals(
        List.of("content/essays/e.md:4: error: unknown front-matter key `author`"), messages(root));
  }

  @Test
  void missingRequiredKeysAreErrorsWithAHint() {
    Fixtures.write(root.resolve("content/essays/e.md"), "---\nsummary: nothing else\n---\n");
    Diagnostics diagnostics = new Diagnostics();
    ContentReader.read(root, diagnostics);
    List<Diagnostic> all = diagnostics.all();
    assertEquals(2, all.size(), all.toString());
    assertTrue(all.get(0).message().contains("missing front-matter key `theme`") || all.get(0).message().contains("`title`"));
    assertTrue(all.get(0).hint().contains("between the `---` lines"));
  }

  @Test
  void malformedYamlIsReportedAtTheFileLine() {
    Fixtures.write(root.resolve("content/themes/soil.md"), "---\ntitle: Soil\ndescription: [unclosed\n---\n");
    List<String> messages = messages(root);
    assertEquals(1, messages.size(), messages.toString());
    assertTrue(messages.get(0).startsWith("content/themes/soil.md:"), messages.get(0));
    assertTrue(messages.get(0).contains("malformed YAML front matter"), messages.get(0));
  }

  @Test
  void aFileWithoutFrontMatterSaysHowToStartOne() {
    Fixtures.write(root.resolve("content/essays/e.md"), "Just text.\n");
    Diagnostics diagnostics = new Diagnostics();
    ContentReader.read(root, diagnostics);
    Diagnostic only = diagnostics.all().get(0);
    assertEquals("content/essays/e.md:1: error: the file does not start with front matter", only.format().lines().findFirst().get());
    assertTrue(only.hint().contains("---"));
  }

  @Test
  void anEssayNamingAnUnknownThemeListsTheKnownOnes() {
    Fixtures.write(root.resolve("content/themes/soil.md"), THEME);
    Fixtures.write(root.resolve("content/essays/e.md"), "---\ntitle: E\ntheme: soill\n---\n");
    Diagnostics diagnostics = new Diagnostics();
    ContentReader.read(root, diagnostics);
    Diagnostic only = diagnostics.all().get(0);
    assertEquals("content/essays/e.md:3: error: unknown theme `soill`", only.format().lines().findFirst().get());
    assertEquals("known themes: soil", only.hint());
  }

  @Test
  void wrongTypesAreErrors() {
    Fixtures.write(root.resolve("content/themes/soil.md"), "---\ntitle: [a, b]\norder: first\ncatchAll: maybe\n---\n");
    assertEquals(
        List.of(
            "content/themes/soil.md:2: error: `title` must be text, not a list or map",
            "content/themes/soil.md:3: error: `order` must be a whole number",
            "content/themes/soil.md:4: error: `catchAll` must be true or false"),
        messages(root));
  }

  @Test
  void everyProblemOfEveryFileIsCollected() {
    Fixtures.write(root.resolve("content/themes/a.md"), "---\ntitle: A\nfoo: 1\n---\n");
    Fixtures.write(root.resolve("content/themes/b.md"), "---\ntitle: B\nbar: 1\n---\n");
    assertEquals(2, messages(root).size());
  }

  @Test
  void missingContentFolderIsAnError() {
    ScholiaException e = org.junit.jupiter.api.Assertions.assertThrows(
        ScholiaException.class, () -> ContentReader.read(root, new Diagnostics()));
    assertTrue(e.diagnostics().get(0).message().startsWith("no content/ folder"));
  }

  @Test
  void siteSettingsAreOptionalAndValidated() {
    Fixtures.write(root.resolve("content/site.yaml"), "title: Garden\nbaseUrl: example.org\n");
    Diagnostics diagnostics = new Diagnostics();
    Content content = ContentReader.read(root, diagnostics);
    assertEquals("Garden", content.site().title());
    assertEquals(null, content.site().baseUrl());
    assertEquals("content/site.yaml:2", diagnostics.all().get(0).path() + ":" + diagnostics.all().get(0).line());
  }

  private static List<String> messages(Path root) {
    Diagnostics diagnostics = new Diagnostics();
    ContentReader.read(root, diagnostics);
    return diagnostics.all().stream().map(d -> d.format().lines().findFirst().get()).toList();
  }
}
