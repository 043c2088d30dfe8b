package dev.scholia.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scholia.render.Archive;
import dev.scholia.site.ArchiveCompiler;
import dev.scholia.site.SiteWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's corpora must stay valid archives as the build grows stricter. */
class GeneratedCorpusTest {
  @TempDir Path temp;

  @Test
  void generatedArchiveBuildsWithEveryParagraphQuotedOnce() throws IOException {
    Path root = temp.resolve("root");
    GenerateCorpus.main(new String[] {"essays", "40", root.toString(), temp.resolve("hugo").toString()});

    Archive archive = ArchiveCompiler.compile(root);
    SiteWriter.write(archive, temp.resolve("site"));

    assertEquals(40, archive.essays().size());
    assertTrue(Files.exists(temp.resolve("site/index.html")));
    assertEquals(40, countFiles(temp.resolve("hugo/content/essays")));
  }

  @Test
  void sameSizeGivesTheSameBytes() throws IOException {
    GenerateCorpus.main(new String[] {"essays", "12", temp.resolve("a").toString()});
    GenerateCorpus.main(new String[] {"essays", "12", temp.resolve("b").toString()});

    assertEquals(
        Files.readString(temp.resolve("a/seeds/synthetic.txt")), Files.readString(temp.resolve("b/seeds/synthetic.txt")));
    try (Stream<Path> essays = Files.list(temp.resolve("a/content/essays"))) {
      for (Path essay : essays.toList()) {
        assertEquals(Files.readString(essay), Files.readString(temp.resolve("b/content/essays").resolve(essay.getFileName())));
      }
    }
  }

  @Test
  void threadRootHoldsTheAskedNumberOfParagraphsAndNoEssays() throws IOException {
    GenerateCorpus.main(new String[] {"thread", "500", temp.toString()});

    long paragraphs =
        Files.readAllLines(temp.resolve(ScholiaLayout.SEED)).stream()
            .filter(line -> line.contains(" ") && !line.startsWith("["))
            .count();
    assertEquals(500, paragraphs);
    assertTrue(Files.notExists(temp.resolve("content/essays")));
  }

  private static long countFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.count();
    }
  }
}
