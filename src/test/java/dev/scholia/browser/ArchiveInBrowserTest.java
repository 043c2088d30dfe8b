package dev.scholia.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scholia.site.BuiltArchive;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reader's walk through the archive in headless Chromium, once opened from disk
 * ({@code file://}) and once from a static host under {@code /archive/}: the two ways people
 * will open it. Every walk ends with no console errors or warnings and no missing file.
 */
class ArchiveInBrowserTest {
  private Chromium chromium;
  private StaticServer server;
  private String root;

  private void open(String origin) throws IOException {
    Path site = BuiltArchive.site();
    chromium = Chromium.start();
    if (origin.equals("server")) {
      server = StaticServer.serve(site, "/archive/");
      root = server.root();
    } else {
      root = site.toUri().toString();
    }
    chromium.driver.get(root + "index.html");
  }

  @AfterEach
  void nothingWentWrong() {
    if (chromium == null) {
      return;
    }
    try {
      assertEquals(List.of(), chromium.consoleProblems(), "console errors or warnings");
      if (server != null) {
        assertEquals(List.of(), server.misses(), "requests for files the site does not have");
      }
    } finally {
      chromium.close();
      if (server != null) {
        server.close();
      }
    }
  }

  private WebDriverWait waiting() {
    return new WebDriverWait(chromium.driver, Duration.ofSeconds(10));
  }

  private String h1() {
    return chromium.driver.findElement(By.tagName("h1")).getText();
  }

  @ParameterizedTest
  @ValueSource(strings = {"file", "server"})
  void readerGoesFromIndexToThemeToEssayAndBack(String origin) throws IOException {
    open(origin);
    var driver = chromium.driver;
    String indexUrl = driver.getCurrentUrl();
    WebElement firstEssay = driver.findElement(By.cssSelector(".essay-list a"));
    String title = firstEssay.getText();
    firstEssay.click();
    assertEquals(title, h1());
    assertTrue(driver.getCurrentUrl().startsWith(root + "essays/"), driver.getCurrentUrl());

    WebElement themeCrumb = driver.findElement(By.cssSelector(".breadcrumbs a[href*='themes/']"));
    String theme = themeCrumb.getText();
    themeCrumb.click();
    assertEquals(theme, h1());
    driver.navigate().back();
    assertEquals(title, h1());

    List<WebElement> pager = driver.findElements(By.cssSelector(".pager a[rel=next]"));
    if (!pager.isEmpty()) {
      pager.get(0).click();
      assertTrue(driver.getCurrentUrl().startsWith(root + "essays/"));
      driver.navigate().back();
    }
    driver.findElement(By.cssSelector(".breadcrumbs a")).click();
    assertEquals(indexUrl, driver.getCurrentUrl());
  }

  @ParameterizedTest
  @ValueSource(strings = {"file", "server"})
  void searchFindsAWordOfTheSeedByItsPrefixAndOpensTheResult(String origin) throws IOException {
    open(origin);
    var driver = chromium.driver;
    String word = wordFromTheSeed();
    String prefix = word.substring(0, 6).toLowerCase(Locale.ROOT);
    WebElement box = driver.findElement(By.id("search-input"));
    box.sendKeys(prefix);
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#search-results .search-hit")));
    WebElement hit = driver.findElement(By.cssSelector("#search-results .search-hit"));
    List<String> marks = hit.findElements(By.tagName("mark")).stream().map(WebElement::getText).toList();
    assertFalse(marks.isEmpty(), "the snippet highlights the match");
    marks.forEach(mark -> assertTrue(mark.toLowerCase(Locale.ROOT).startsWith(prefix), mark));
    hit.findElement(By.tagName("a")).click();
    waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("index.html?")));
    String text = driver.findElement(By.tagName("main")).getText().toLowerCase(Locale.ROOT);
    assertTrue(text.contains(prefix), "the opened result mentions " + prefix);
    driver.navigate().back();
    assertTrue(driver.getCurrentUrl().endsWith("index.html"), driver.getCurrentUrl());
  }

  @ParameterizedTest
  @ValueSource(strings = {"file", "server"})
  void withoutJavaScriptTheSearchBoxIsALinkToTheIndex(String origin) throws IOException {
    open(origin);
    WebElement fallback =
        chromium.driver.findElement(By.cssSelector(".search")).findElements(By.cssSelector("a.search-fallback")).stream()
            .findFirst()
            .orElse(null);
    // The script replaced it: the static markup must still hold the link for readers without JS.
    assertEquals(null, fallback);
    String html = Files.readString(BuiltArchive.site().resolve("essays").resolve(firstEssaySlug()).resolve("index.html"));
    assertTrue(html.contains("<a class=\"search-fallback\" href=\"../../index.html\">"), "fallback link in the page source");
  }

  private static String firstEssaySlug() throws IOException {
    try (Stream<Path> essays = Files.list(BuiltArchive.site().resolve("essays"))) {
      return essays.map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow();
    }
  }

  /** A long word from the first prose line of the first thread: every such line is in an essay. */
  static String wordFromTheSeed() throws IOException {
    Path seed;
    try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
      seed = seeds.sorted().findFirst().orElseThrow();
    }
    Pattern longWord = Pattern.compile("\\p{L}{10,}");
    for (String line : Files.readAllLines(seed)) {
      Matcher m = longWord.matcher(line);
      if (line.contains(" ") && m.find()) {
        return m.group();
      }
    }
    throw new IllegalStateException(seed + " has no word of ten letters");
  }
}
