package dev.scholia.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scholia.site.IncrementalBuilder;
import dev.scholia.testing.Cli;
import dev.scholia.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateFallbackTest {
  @TempDir Path temp;

  @Test
  void anArchiveOverridingOneTemplateTakesTheOthersFromTheBundledOnes() throws Exception {
    Path root = Fixtures.copySite("basic", temp.resolve("archive"));
    Fixtures.write(
        root.resolve("templates/essay.peb"),
        "<!DOCTYPE html><title>{{ essay.card.title }}</title><main class=\"mine\">{{ essay.bodyHtml | raw }}</main>\n");
    Cli.Result result = Cli.run("build", "--root", root.toString());
    assertEquals(0, result.exit(), result.err());
    String essay = Files.readString(root.resolve("site/essays/compost/index.html"));
    assertTrue(essay.contains("<main class=\"mine\">"), "the archive's own essay template is used");
    String index = Files.readString(root.resolve("site/index.html"));
    assertTrue(index.contains("Making compost"), "the bundled index template fills in");
    assertTrue(Files.isRegularFile(root.resolve("site/assets/style.css")), "and so do the bundled assets");
  }

  @Test
  void aCopiedPageTemplateStillExtendsTheBundledBase() throws Exception {
    Path root = Fixtures.copySite("basic", temp.resolve("archive"));
    String essay = Files.readString(Path.of("templates/essay.peb"));
    Fixtures.write(root.resolve("templates/essay.peb"), essay.replace("<nav class=\"pager\"", "<p class=\"mine\">Mine</p><nav class=\"pager\""));
    Cli.Result result = Cli.run("build", "--root", root.toString());
    assertEquals(0, result.exit(), result.err());
    String page = Files.readString(root.resolve("site/essays/compost/index.html"));
    assertTrue(page.contains("<p class=\"mine\">Mine</p>"), "the archive's essay template is used");
    assertTrue(page.contains("class=\"skip-link\""), "inside the bundled base.peb it extends");
  }

  @Test
  void theArchivesBaseTemplateFramesTheBundledPagesAndAnEditToItReachesThem() throws Exception {
    Path root = Fixtures.copySite("basic", temp.resolve("archive"));
    String base = Files.readString(Path.of("templates/base.peb"));
    Path own = root.resolve("templates/base.peb");
    Fixtures.write(own, base.replace("<footer class=\"site-footer\">", "<footer class=\"site-footer\"><p>Kept by us</p>"));
    Path out = temp.resolve("out");
    IncrementalBuilder builder = new IncrementalBuilder(root, out);
    builder.rebuild();
    assertTrue(Files.readString(out.resolve("index.html")).contains("<p>Kept by us</p>"), "the bundled index uses the archive's base");
    assertTrue(Files.readString(out.resolve("essays/compost/index.html")).contains("<p>Kept by us</p>"));

    Files.writeString(own, Files.readString(own).replace("Kept by us", "Kept by the editors"));
    IncrementalBuilder.Report report = builder.rebuild(List.of(own));
    assertTrue(report.written().contains("essays/compost/index.html"), "a page whose bundled template extends the edited base: " + report.written());
    assertTrue(Files.readString(out.resolve("essays/compost/index.html")).contains("<p>Kept by the editors</p>"));
  }

  @Test
  void anAssetOfTheArchiveReplacesTheBundledOneOfTheSameName() throws Exception {
    Path root = Fixtures.copySite("basic", temp.resolve("archive"));
    Fixtures.write(root.resolve("templates/assets/style.css"), "body { color: teal; }\n");
    assertEquals(0, Cli.run("build", "--root", root.toString()).exit());
    assertEquals("body { color: teal; }\n", Files.readString(root.resolve("site/assets/style.css")));
    assertTrue(Files.isRegularFile(root.resolve("site/assets/notes.js")));
  }
}
