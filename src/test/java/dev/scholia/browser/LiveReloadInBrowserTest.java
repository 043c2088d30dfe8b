package dev.scholia.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scholia.model.Diagnostic;
import dev.scholia.serve.ServeSession;
import dev.scholia.site.IncrementalBuilder;
import dev.scholia.testing.Fixtures;
import dev.scholia.testing.SyntheticArchive;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The live-reload script in a real browser: an open page reloads after a save that changes it,
 * shows the problems over the last good page after a broken save, and clears them after the fix.
 */
class LiveReloadInBrowserTest {
  private static final ServeSession.Listener QUIET =
      new ServeSession.Listener() {
        @Override
        public void built(IncrementalBuilder.Report report, long millis, Set<Path> changed) {}

        @Override
        public void failed(List<Diagnostic> problems, Set<Path> changed) {}
      };

  @TempDir Path work;

  @Test
  void openPageReloadsOnSaveAndShowsProblemsUntilTheyAreFixed() throws Exception {
    Path root = work.resolve("archive");
    SyntheticArchive.of(4, 2).writeTo(root);
    Fixtures.copyTree(Path.of("templates"), root.resolve("templates"), p -> true);
    Path essay = root.resolve("content/essays/" + SyntheticArchive.essaySlug(1) + ".md");
    String text = Files.readString(essay);

    try (ServeSession session = ServeSession.start(root, work.resolve("preview"), "127.0.0.1", 0, QUIET);
        Chromium chromium = Chromium.start()) {
      chromium.open("http://127.0.0.1:" + session.port() + "/essays/" + SyntheticArchive.essaySlug(1) + "/");
      WebDriverWait wait = new WebDriverWait(chromium.driver, Duration.ofSeconds(30));
      waitForTheEventStream(chromium);

      Files.writeString(essay, text + "\n> [!NOTE]\n> Saved while the page was open.\n");
      wait.until(driver -> driver.getPageSource().contains("Saved while the page was open."));

      waitForTheEventStream(chromium);
      Files.writeString(essay, text.replaceFirst("\nThe ", "\nThee ") + "\n> [!NOTE]\n> Saved while the page was open.\n");
      String overlay = wait.until(driver -> driver.findElements(By.cssSelector("[role=alert]")).stream().findFirst().orElse(null)).getText();
      assertTrue(overlay.contains("content/essays/" + SyntheticArchive.essaySlug(1) + ".md:"), overlay);
      assertTrue(chromium.driver.getPageSource().contains("Saved while the page was open."), "the last good page stays");

      Files.writeString(essay, text + "\n> [!NOTE]\n> Saved while the page was open.\n");
      wait.until(driver -> driver.findElements(By.cssSelector("[role=alert]")).isEmpty());
      assertEquals(List.of(), chromium.consoleProblems(), "console errors or warnings");
    }
  }

  /** Waits until the page's script is connected, so no announcement can be missed. */
  private static void waitForTheEventStream(Chromium chromium) {
    new WebDriverWait(chromium.driver, Duration.ofSeconds(30))
        .until(driver -> Boolean.TRUE.equals(chromium.driver.executeScript("return window.__scholiaLive === 1;")));
  }
}
