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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
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
    chromium.open(root + "index.html");
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
    chromium.follow(firstEssay);
    assertEquals(title, h1());
    assertTrue(driver.getCurrentUrl().startsWith(root + "essays/"), driver.getCurrentUrl());

    WebElement themeCrumb = driver.findElement(By.cssSelector(".breadcrumbs a[href*='themes/']"));
    String theme = themeCrumb.getText();
    chromium.follow(themeCrumb);
    assertEquals(theme, h1());
    chromium.back();
    assertEquals(title, h1());

    List<WebElement> pager = driver.findElements(By.cssSelector(".pager a[rel=next]"));
    if (!pager.isEmpty()) {
      chromium.follow(pager.get(0));
      assertTrue(driver.getCurrentUrl().startsWith(root + "essays/"));
      chromium.back();
    }
    chromium.follow(driver.findElement(By.cssSelector(".breadcrumbs a")));
    assertEquals(indexUrl, driver.getCurrentUrl());
  }

  @ParameterizedTest
  @ValueSource(strings = {"file", "server"})
  void searchFindsAWordOfTheSeedByItsPrefixAndOpensTheResult(String origin) throws IOException {
    open(origin);
    var driver = chromium.driver;
    String word = wordFromTheSeed();
    String prefix = word.substring(0, 6).toLowerCase(Locale.ROOT);
    driver.findElement(By.id("search-input")).sendKeys(prefix);
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#search-results .search-hit")));
    WebElement hit = driver.findElement(By.cssSelector("#search-results .search-hit"));
    List<String> marks = hit.findElements(By.tagName("mark")).stream().map(WebElement::getText).toList();
    assertFalse(marks.isEmpty(), "the snippet highlights the match");
    marks.forEach(mark -> assertTrue(mark.toLowerCase(Locale.ROOT).startsWith(prefix), mark));
    chromium.follow(hit.findElement(By.tagName("a")));
    String text = driver.findElement(By.tagName("main")).getText().toLowerCase(Locale.ROOT);
    assertTrue(text.contains(prefix), "the opened result mentions " + prefix);
    chromium.back();
    assertTrue(driver.getCurrentUrl().endsWith("index.html"), driver.getCurrentUrl());
  }

  /** From the index, opens the first essay whose page contains {@code marker}. */
  private void openEssayContaining(String marker) throws IOException {
    String slug = essaySlugs().stream().filter(s -> essayHtml(s).contains(marker)).findFirst().orElseThrow(
        () -> new AssertionError("no essay contains " + marker));
    chromium.follow(chromium.driver.findElement(By.cssSelector(".essay-list a[href*='essays/" + slug + "/']")));
    assertTrue(chromium.driver.getCurrentUrl().contains("essays/" + slug + "/"), chromium.driver.getCurrentUrl());
  }

  private WebElement target() {
    String url = chromium.driver.getCurrentUrl();
    String id = url.substring(url.indexOf('#') + 1);
    return chromium.driver.findElement(By.id(id));
  }

  @ParameterizedTest
  @ValueSource(strings = {"file", "server"})
  void readerFollowsAGlossaryTermAndTheSourceThreadAndComesBack(String origin) throws IOException {
    open(origin);
    var driver = chromium.driver;
    openEssayContaining("class=\"glossary-term\"");
    String essayUrl = driver.getCurrentUrl();
    String essayTitle = h1();

    WebElement term = driver.findElement(By.cssSelector(".prose a.glossary-term"));
    String word = term.getText();
    chromium.follow(term);
    assertTrue(driver.getCurrentUrl().contains("glossary/index.html#"), driver.getCurrentUrl());
    WebElement entry = target();
    assertTrue(entry.isDisplayed());
    assertTrue(entry.getText().toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT).substring(0, 3)), entry.getText());
    chromium.back();
    assertEquals(essayUrl, driver.getCurrentUrl());

    WebElement source = driver.findElement(By.cssSelector(".prose a.source-line"));
    chromium.follow(source);
    assertTrue(driver.getCurrentUrl().contains("thread/"), driver.getCurrentUrl());
    WebElement line = target();
    assertTrue(line.isDisplayed());
    chromium.follow(line.findElement(By.cssSelector("a.placed-in")));
    assertEquals(essayTitle, h1());
    assertTrue(target().isDisplayed(), "the thread links to the paragraph's anchor in the essay");
  }

  @ParameterizedTest
  @ValueSource(strings = {"file", "server"})
  void footnoteMarkerOpensItsNoteInAPopupAndEscapeClosesIt(String origin) throws IOException {
    open(origin);
    var driver = chromium.driver;
    openEssayContaining("role=\"doc-noteref\"");
    WebElement marker = driver.findElement(By.cssSelector("a[role=doc-noteref]"));
    WebElement note = driver.findElement(By.id(marker.getAttribute("aria-describedby")));
    new Actions(driver).moveToElement(marker).perform();
    WebElement popup = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[role=tooltip]")));
    String noteText = note.getAttribute("textContent").replace("↩", "").replaceAll("\\s+", " ").strip();
    String popupText = popup.getAttribute("textContent").replaceAll("\\s+", " ").strip();
    assertEquals(noteText, popupText);
    new Actions(driver).sendKeys(Keys.ESCAPE).perform();
    waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[role=tooltip]")));

    // Keyboard readers get the same popup by focusing the marker.
    driver.executeScript("arguments[0].focus()", marker);
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[role=tooltip]")));
    new Actions(driver).sendKeys(Keys.ESCAPE).perform();
    waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[role=tooltip]")));
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
    String html = essayHtml(essaySlugs().get(0));
    assertTrue(html.contains("<a class=\"search-fallback\" href=\"../../index.html\">"), "fallback link in the page source");
  }

  private static List<String> essaySlugs() throws IOException {
    try (Stream<Path> essays = Files.list(BuiltArchive.site().resolve("essays"))) {
      return essays.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static String essayHtml(String slug) {
    try {
      return Files.readString(BuiltArchive.site().resolve("essays").resolve(slug).resolve("index.html"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
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
