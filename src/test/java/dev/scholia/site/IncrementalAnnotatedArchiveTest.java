package dev.scholia.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scholia.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental rebuilds of the annotated fixture, which has every cross-page feature (glossary
 * mentions, backlinks, related essays, heading links, the thread page, search): after each edit
 * the folder must equal a fresh build, so a page that reads something without declaring it
 * shows up here as a stale file.
 */
class IncrementalAnnotatedArchiveTest {
  @TempDir Path work;
  private Path root;
  private Path out;
  private IncrementalBuilder builder;

  @BeforeEach
  void buildOnce() {
    root = Fixtures.copySite("annotated", work.resolve("root"));
    out = work.resolve("out");
    builder = new IncrementalBuilder(root, out);
    builder.rebuild();
  }

  private IncrementalBuilder.Report edit(String file, String from, String to) throws IOException {
    Path path = root.resolve(file);
    String text = Files.readString(path);
    assertTrue(text.contains(from), () -> file + " does not contain " + from);
    Files.writeString(path, text.replace(from, to));
    IncrementalBuilder.Report report = builder.rebuild(List.of(path));
    Path full = work.resolve("full-" + System.nanoTime());
    SiteWriter.write(ArchiveCompiler.compile(root), full);
    assertEquals(Fixtures.readTextTree(full), Fixtures.readTextTree(out), "after editing " + file);
    return report;
  }

  @Test
  void glossaryDefinitionEdit() throws IOException {
    edit("content/glossary/queen-excluder.md", "A grid the workers", "A metal grid the workers");
  }

  @Test
  void glossaryAliasChangesWhichWordsLink() throws IOException {
    edit("content/glossary/supersedure.md", "term: Supersedure\n", "term: Supersedure\naliases: [threshold]\n");
  }

  @Test
  void titleOfALinkedEssayChangesItsBacklinksAndLinks() throws IOException {
    edit("content/essays/swarming.md", "title: Before the swarm\n", "title: Before the swarm, revised\n");
  }

  @Test
  void annotationUnderALinkedHeading() throws IOException {
    edit("content/essays/varroa.md", "## Counting\n", "## Counting\n\n> [!NOTE]\n> Count swarms of mites monthly.\n");
  }

  @Test
  void themeTitleEdit() throws IOException {
    edit("content/themes/pests.md", "title: Pests\n", "title: Pests and parasites\n");
  }

  @Test
  void siteTitleEdit() throws IOException {
    String config = Files.readString(root.resolve("content/site.yaml"));
    String title = config.lines().filter(l -> l.startsWith("title:")).findFirst().orElseThrow();
    edit("content/site.yaml", title, "title: Renamed archive");
  }
}
