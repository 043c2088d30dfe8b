package dev.scholia.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scholia.site.BuiltArchive;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core, the engine behind most accessibility checkers, run in Chromium over the archive's
 * main pages in the light and the dark colour scheme (contrast is checked in both), plus the
 * keyboard checks axe cannot make: the skip link shows when focused and focus is visible.
 */
class AccessibilityTest {
  /** Installed by {@code npm install} from the repository's package.json (.ci/run does it). */
  private static final Path AXE = Path.of("node_modules/axe-core/axe.min.js");

  private static Chromium chromium;
  private static StaticServer server;
  private static String axe;

  @BeforeAll
  static void start() throws IOException {
    if (!Files.exists(AXE)) {
      String message = AXE + " is missing: run `npm install` in the repository root";
      if (System.getenv("CI") != null) {
        fail(message);
      }
      Assumptions.abort(message);
    }
    axe = Files.readString(AXE);
    // Served over HTTP: axe reads stylesheets with XMLHttpRequest, which file:// pages may not do.
    server = StaticServer.serve(BuiltArchive.site(), "/archive/");
    chromium = Chromium.start();
  }

  @AfterAll
  static void stop() {
    if (chromium != null) {
      chromium.close();
    }
    if (server != null) {
      server.close();
    }
  }

  /** The index, the 404 page, one theme, one essay, and the glossary and thread pages if any. */
  static List<String> mainPages() throws IOException {
    Path site = BuiltArchive.site();
    List<String> pages = new ArrayList<>(List.of("index.html", "404.html"));
    pages.add(first(site, "themes"));
    pages.add(first(site, "essays"));
    for (String folder : List.of("glossary", "thread")) {
      if (Files.exists(site.resolve(folder + "/index.html"))) {
        pages.add(folder + "/index.html");
      } else if (Files.isDirectory(site.resolve(folder))) {
        pages.add(first(site, folder));
      }
    }
    return pages;
  }

  private static String first(Path site, String folder) throws IOException {
    try (Stream<Path> pages = Files.list(site.resolve(folder))) {
      return pages.filter(p -> Files.exists(p.resolve("index.html"))).sorted().findFirst().map(p -> folder + "/" + p.getFileName() + "/index.html").orElseThrow();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"light", "dark"})
  void mainPagesHaveNoAxeViolations(String scheme) throws IOException {
    chromium.prefersColorScheme(scheme);
    List<String> violations = new ArrayList<>();
    for (String page : mainPages()) {
      chromium.open(server.root() + page);
      assertEquals(scheme.equals("dark"), chromium.driver.executeScript("return matchMedia('(prefers-color-scheme: dark)').matches"));
      violations.addAll(axeViolations(page + " (" + scheme + ")"));
    }
    assertEquals(List.of(), violations);
    assertEquals(List.of(), chromium.consoleProblems());
    assertEquals(List.of(), server.misses());
  }

  @ParameterizedTest
  @ValueSource(strings = {"light", "dark"})
  void openSearchResultsHaveNoAxeViolations(String scheme) throws IOException {
    chromium.prefersColorScheme(scheme);
    chromium.open(server.root() + "index.html");
    String word = ArchiveInBrowserTest.wordFromTheSeed();
    chromium.driver.findElement(By.id("search-input")).sendKeys(word.substring(0, 5));
    new WebDriverWait(chromium.driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".search-hit mark")));
    assertEquals(List.of(), axeViolations("search results (" + scheme + ")"));
    assertEquals(List.of(), chromium.consoleProblems());
  }

  @Test
  void axeReportsAViolationOnABrokenPage() throws IOException {
    Path page = Files.createTempFile("scholia-axe-", ".html");
    try {
      Files.writeString(page, "<!DOCTYPE html><html><title>t</title><img src=x.svg><p style='color:#eee;background:#fff'>faint</p></html>");
      chromium.open(page.toUri().toString());
      List<String> violations = axeViolations("broken page");
      assertTrue(violations.stream().anyMatch(v -> v.contains("image-alt")), violations.toString());
      assertTrue(violations.stream().anyMatch(v -> v.contains("html-has-lang")), violations.toString());
      chromium.consoleProblems();
    } finally {
      Files.delete(page);
    }
  }

  @Test
  void skipLinkAppearsOnFirstTabAndFocusIsVisible() throws IOException {
    chromium.open(server.root() + first(BuiltArchive.site(), "essays"));
    chromium.driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
    WebElement focused = chromium.driver.switchTo().activeElement();
    assertEquals("skip-link", focused.getAttribute("class"));
    assertTrue(focused.getRect().getX() >= 0 && focused.getRect().getY() >= 0, "skip link is on screen when focused");
    String outline = focused.getCssValue("outline-style");
    assertNotEquals("none", outline, "focused links show an outline");
    focused.sendKeys(Keys.ENTER);
    assertTrue(chromium.driver.getCurrentUrl().endsWith("#main"));
    assertFalse(chromium.consoleProblems().stream().anyMatch(p -> p.contains("SEVERE")));
  }

  private List<String> axeViolations(String where) throws IOException {
    chromium.driver.executeScript(axe);
    Object result =
        chromium.driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(JSON.stringify(r.violations)), e => done(JSON.stringify([{id: 'axe-error', help: String(e), nodes: []}])));");
    List<String> out = new ArrayList<>();
    for (JsonNode violation : new ObjectMapper().readTree((String) result)) {
      List<String> targets = new ArrayList<>();
      violation.get("nodes").forEach(node -> targets.add(node.get("target").toString() + " " + node.path("failureSummary").asText().replace('\n', ' ')));
      out.add(where + ": " + violation.get("id").asText() + " (" + violation.get("help").asText() + ") " + targets);
    }
    return out;
  }
}
