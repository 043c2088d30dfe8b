package dev.scholia.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The micro-benchmarks time what a build does: run once each on a small archive, outside JMH,
 * their setup must compile the generated archive and the body they render must be the one the
 * essay's page shows.
 */
class StageBenchmarksTest {
  @Test
  void benchmarksRenderTheBodyTheEssayPageShowsAndCleanUp() throws IOException {
    StageBenchmarks bench = new StageBenchmarks();
    bench.essays = 12;
    bench.generateAndCompile();
    try {
      StringWriter page = new StringWriter();
      bench.essayPage().body().writeTo(page);
      bench.renderEssayPage();

      assertTrue(page.toString().contains(bench.renderEssayBody()), "essay page shows the benchmarked body");
      assertEquals("essays/" + bench.parseEssay().slug() + "/index.html", bench.essayPage().path());
      // The whole-archive stages run on the compiled archive without throwing.
      bench.linkArchive();
      bench.checkFidelity();
    } finally {
      bench.deleteArchive();
    }
    assertFalse(Files.exists(bench.root()), "the trial's archive is deleted");
  }
}
