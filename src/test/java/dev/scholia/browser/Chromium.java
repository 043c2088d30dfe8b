package dev.scholia.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver: the browser a reader would use,
 * installed from the distribution ({@code apt-get install chromium chromium-driver}; .ci/run does
 * it), never a browser downloaded by a test tool. Each session gets a fresh profile and the flags
 * that keep Chromium from calling home on a machine with no network.
 */
final class Chromium implements AutoCloseable {
  private static final Path BROWSER = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  /**
   * Selenium looks for a DevTools binding matching the browser's version and warns when it has
   * none; the tests use only stable DevTools commands, which need no binding.
   */
  private static final Logger CDP_VERSION_LOG = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  static {
    CDP_VERSION_LOG.setLevel(Level.SEVERE);
  }

  final ChromeDriver driver;
  private final Path profile;

  private Chromium(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Starts a browser; in CI a missing browser fails the test, elsewhere it skips it with a hint. */
  static Chromium start() {
    requireInstalled(BROWSER, "chromium");
    requireInstalled(DRIVER, "chromium-driver");
    try {
      Path profile = Files.createTempDirectory("scholia-chromium-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(BROWSER.toFile());
      options.addArguments(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-quic",
          "--no-first-run",
          "--window-size=1280,900",
          "--user-data-dir=" + profile);
      LoggingPreferences logs = new LoggingPreferences();
      logs.enable(LogType.BROWSER, Level.ALL);
      options.setCapability("goog:loggingPrefs", logs);
      ChromeDriverService service =
          new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
      driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
      return new Chromium(driver, profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Opens {@code url} and returns once its document has loaded. */
  void open(String url) {
    navigate(() -> driver.get(url));
  }

  /** Clicks a link to another page and returns once that page has loaded. */
  void follow(WebElement link) {
    navigate(link::click);
  }

  /** Goes back one page in the history and returns once that page is shown and loaded. */
  void back() {
    navigate(() -> driver.navigate().back());
  }

  /**
   * Runs a navigation and waits for the next document's load event. chromedriver does not always
   * wait itself: in 300 loads of the index it returned 8 times while the new page was still
   * {@code loading} or {@code interactive}, before its deferred scripts had run (2026-12-03). The
   * page being left is marked, so the wait cannot pass on it; a page restored from the back-forward
   * cache carries an older mark, so it passes as soon as it is shown.
   */
  private void navigate(Runnable navigation) {
    String leaving = UUID.randomUUID().toString();
    driver.executeScript("window.__scholiaLeaving = arguments[0];", leaving);
    navigation.run();
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .ignoring(JavascriptException.class)
        .until(
            browser ->
                Boolean.TRUE.equals(
                    driver.executeScript(
                        "return window.__scholiaLeaving !== arguments[0] && document.readyState === 'complete';", leaving)));
  }

  /** The console messages at warning level or above since the last call. */
  List<String> consoleProblems() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
        .map(LogEntry::toString)
        .toList();
  }

  /** Emulates the reader's colour-scheme preference ({@code light} or {@code dark}). */
  void prefersColorScheme(String scheme) {
    driver.executeCdpCommand(
        "Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
  }

  /** Sets the viewport size in CSS pixels. */
  void viewport(int width, int height) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
  }

  private static void requireInstalled(Path program, String debianPackage) {
    if (Files.isExecutable(program)) {
      return;
    }
    String message = program + " is missing: apt-get install -y chromium chromium-driver (package " + debianPackage + ")";
    if (System.getenv("CI") != null) {
      fail(message);
    }
    Assumptions.abort(message);
  }

  @Override
  public void close() {
    driver.quit();
    try (var walk = Files.walk(profile)) {
      walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // A leftover temporary profile is harmless.
    }
  }
}
