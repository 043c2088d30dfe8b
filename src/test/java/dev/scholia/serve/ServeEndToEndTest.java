package dev.scholia.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scholia.model.Diagnostic;
import dev.scholia.site.IncrementalBuilder;
import dev.scholia.render.SearchIndex;
import dev.scholia.testing.EventStream;
import dev.scholia.testing.Fixtures;
import dev.scholia.testing.SyntheticArchive;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} as a user meets it: a real server on a free port, real files edited in a
 * temporary archive, the watcher noticing, and the page's event stream announcing the rebuild.
 */
class ServeEndToEndTest {
  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path work;
  private Path root;
  private Path out;
  private ServeSession session;
  private final List<List<Diagnostic>> failures = new CopyOnWriteArrayList<>();
  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @BeforeEach
  void serve() throws IOException {
    root = work.resolve("archive");
    out = work.resolve("preview");
    SyntheticArchive.of(6, 2).writeTo(root);
    Fixtures.copyTree(Path.of("templates"), root.resolve("templates"), p -> true);
    Files.writeString(work.resolve("secret.txt"), "not part of the site");
    session =
        ServeSession.start(
            root,
            out,
            "127.0.0.1",
            0,
            new ServeSession.Listener() {
              @Override
              public void built(IncrementalBuilder.Report report, long millis, Set<Path> changed) {}

              @Override
              public void failed(List<Diagnostic> problems, Set<Path> changed) {
                failures.add(problems);
              }
            });
  }

  @AfterEach
  void stop() {
    session.close();
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    URI uri = URI.create("http://127.0.0.1:" + session.port() + path);
    return http.send(HttpRequest.newBuilder(uri).timeout(PATIENCE).build(), HttpResponse.BodyHandlers.ofString());
  }

  private EventStream events(int port) {
    return EventStream.open(http, URI.create("http://127.0.0.1:" + port + LiveReload.EVENTS));
  }

  private Path essay(int index) {
    return root.resolve("content/essays/" + SyntheticArchive.essaySlug(index) + ".md");
  }

  private static String page(int index) {
    return "/essays/" + SyntheticArchive.essaySlug(index) + "/";
  }

  @Test
  void servesTheSiteWithContentTypesFoldersAndNotFoundPage() throws Exception {
    HttpResponse<String> index = get("/");
    assertEquals(200, index.statusCode());
    assertEquals("text/html; charset=utf-8", index.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(index.body().contains("<script src=\"/__scholia/live-reload.js\"></script>\n</body>"), index.body());

    assertEquals("text/css; charset=utf-8", get("/assets/style.css").headers().firstValue("Content-Type").orElseThrow());
    assertEquals("text/javascript; charset=utf-8", get(LiveReload.SCRIPT).headers().firstValue("Content-Type").orElseThrow());
    assertEquals("application/json; charset=utf-8", get("/source-map.json").headers().firstValue("Content-Type").orElseThrow());

    HttpResponse<String> folder = get(page(1).replaceAll("/$", "") + "?x=1");
    assertEquals(301, folder.statusCode());
    assertEquals(page(1) + "?x=1", folder.headers().firstValue("Location").orElseThrow());
    assertEquals(200, get(page(1)).statusCode());

    HttpResponse<String> missing = get("/essays/no-such-essay/");
    assertEquals(404, missing.statusCode());
    assertTrue(missing.body().contains("Page not found"), missing.body());
  }

  @Test
  void theLiveReloadScriptIsNeverWrittenIntoTheSite() {
    Fixtures.readTextTree(out).forEach((path, text) -> assertFalse(text.contains("__scholia"), path));
  }

  @Test
  void editIsRebuiltServedAndAnnouncedToOpenPages() throws Exception {
    try (EventStream events = events(session.port())) {
      events.next(e -> e.name().equals("hello"), PATIENCE);
      Files.writeString(essay(1), Files.readString(essay(1)) + "\n> [!NOTE]\n> A freshly added editor's note.\n");

      JsonNode build = events.next(e -> e.name().equals("build"), PATIENCE).data();
      assertTrue(build.get("ok").asBoolean(), build.toString());
      // The note is searchable, so files of the search index change with the page.
      List<String> changed = strings(build.get("changed"));
      assertEquals(
          List.of("essays/" + SyntheticArchive.essaySlug(1) + "/index.html"),
          changed.stream().filter(path -> !path.startsWith(SearchIndex.FOLDER)).toList());
      assertTrue(changed.contains(SearchIndex.FOLDER + "index.js"), changed.toString());
      assertTrue(get(page(1)).body().contains("A freshly added editor"));
    }
  }

  @Test
  void brokenEditKeepsTheOldPageAndReportsTheProblemUntilFixed() throws Exception {
    String before = get(page(2)).body();
    String text = Files.readString(essay(2));
    try (EventStream events = events(session.port())) {
      events.next(e -> e.name().equals("hello"), PATIENCE);
      Files.writeString(essay(2), text.replaceFirst("\nThe ", "\nThee "));

      JsonNode failed = events.next(e -> e.name().equals("build"), PATIENCE).data();
      assertFalse(failed.get("ok").asBoolean());
      String problem = failed.get("problems").get(0).asText();
      assertTrue(problem.startsWith("content/essays/" + SyntheticArchive.essaySlug(2) + ".md:"), problem);
      assertEquals(1, failures.size());
      assertEquals(before, get(page(2)).body());

      try (EventStream late = events(session.port())) {
        late.next(e -> e.name().equals("hello"), PATIENCE);
        assertFalse(late.next(e -> e.name().equals("build"), PATIENCE).data().get("ok").asBoolean(), "a page opened now sees the problems");
      }

      Files.writeString(essay(2), text);
      JsonNode fixed = events.next(e -> e.name().equals("build"), PATIENCE).data();
      assertTrue(fixed.get("ok").asBoolean(), fixed.toString());
      assertEquals(before, get(page(2)).body());
    }
  }

  @Test
  void requestsThatWouldLeaveTheSiteAreRefused() throws Exception {
    Files.createSymbolicLink(out.resolve("linked.txt"), work.resolve("secret.txt"));
    for (String target :
        List.of(
            "/../secret.txt",
            "/%2e%2e/secret.txt",
            "/%2E%2E%2Fsecret.txt",
            "/essays/../../secret.txt",
            "/..%5csecret.txt",
            "/..\\secret.txt",
            "/%2e%2e%5csecret.txt",
            "/.%2e/secret.txt",
            "/%252e%252e/secret.txt",
            "/%c0%ae%c0%ae/secret.txt",
            "/linked.txt",
            "/..%00/secret.txt")) {
      String response = rawGet(target);
      assertFalse(response.contains("not part of the site"), target + " leaked:\n" + response);
      String status = response.lines().findFirst().orElse("");
      assertTrue(status.matches("HTTP/1\\.1 (400|404) .*"), target + " answered " + status);
    }
    assertNotEquals("", rawGet("/"));
  }

  @Test
  void archiveBrokenFromTheStartIsServedOnceFixed() throws Exception {
    Path broken = work.resolve("broken");
    SyntheticArchive.of(2, 1).writeTo(broken);
    Path file = broken.resolve("content/essays/" + SyntheticArchive.essaySlug(0) + ".md");
    String good = Files.readString(file);
    Files.writeString(file, good.replace("theme: theme-00", "theme: nowhere"));
    List<List<Diagnostic>> problems = new CopyOnWriteArrayList<>();
    ServeSession.Listener listener =
        new ServeSession.Listener() {
          @Override
          public void built(IncrementalBuilder.Report report, long millis, Set<Path> changed) {}

          @Override
          public void failed(List<Diagnostic> found, Set<Path> changed) {
            problems.add(found);
          }
        };
    try (ServeSession brokenSession = ServeSession.start(broken, work.resolve("broken-out"), "127.0.0.1", 0, listener)) {
      assertTrue(problems.get(0).get(0).format().contains("unknown theme `nowhere`"), problems.toString());
      URI index = URI.create("http://127.0.0.1:" + brokenSession.port() + "/");
      HttpResponse<String> waiting = http.send(HttpRequest.newBuilder(index).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(503, waiting.statusCode());
      assertTrue(waiting.body().contains(LiveReload.SCRIPT), waiting.body());

      try (EventStream events = events(brokenSession.port())) {
        events.next(e -> e.name().equals("hello"), PATIENCE);
        Files.writeString(file, good);
        assertTrue(events.next(e -> e.name().equals("build") && e.data().get("ok").asBoolean(), PATIENCE).data().get("changed").size() > 0);
      }
      assertEquals(200, http.send(HttpRequest.newBuilder(index).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
    }
  }

  /** Sends the request target exactly as given, as an attacker would, not as a client normalises it. */
  private String rawGet(String target) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", session.port())) {
      socket.setSoTimeout((int) PATIENCE.toMillis());
      OutputStream request = socket.getOutputStream();
      request.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      request.flush();
      InputStream response = socket.getInputStream();
      return new String(response.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<String> strings(JsonNode array) {
    return JSON.convertValue(array, JSON.getTypeFactory().constructCollectionType(List.class, String.class));
  }
}
