package dev.scholia.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scholia.testing.Cli;
import dev.scholia.testing.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
  private static final Pattern URL = Pattern.compile("at (http://127\\.0\\.0\\.1:(\\d+)/)");

  @TempDir Path temp;

  @Test
  void servePrintsTheUrlServesTheSiteAndLeavesSiteFolderAlone() throws Exception {
    Path root = Fixtures.copySite("basic", temp.resolve("archive"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    AtomicInteger exit = new AtomicInteger(-1);
    Thread serving =
        new Thread(() -> exit.set(Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "serve", "--root", root.toString(), "--port", "0")));
    serving.start();
    Matcher url = URL.matcher("");
    for (int i = 0; i < 600 && !url.reset(out.toString()).find(); i++) {
      Thread.sleep(50);
    }
    try {
      assertTrue(url.reset(out.toString()).find(), "no URL printed:\n" + out + err);
      assertTrue(out.toString().matches("(?s)\\d\\d:\\d\\d:\\d\\d built 2 essays: \\d+ pages rendered, \\d+ files written in \\d+ ms\n.*"), out.toString());
      HttpResponse<String> index =
          HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url.group(1))).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, index.statusCode());
      assertTrue(Files.notExists(root.resolve("site")), "serve must not write ROOT/site by default");
    } finally {
      serving.interrupt();
      serving.join(10_000);
    }
    assertEquals(0, exit.get(), err.toString());
  }

  @Test
  void busyPortIsAClearError() throws Exception {
    Path root = Fixtures.copySite("basic", temp.resolve("archive"));
    try (ServerSocket busy = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      Cli.Result result = Cli.run("serve", "--root", root.toString(), "--port", String.valueOf(busy.getLocalPort()));
      assertEquals(1, result.exit());
      assertTrue(result.err().contains("127.0.0.1:" + busy.getLocalPort() + ": error: cannot listen here"), result.err());
    }
  }

  @Test
  void folderThatIsNotAnArchiveIsRefused() {
    Cli.Result result = Cli.run("serve", "--root", temp.toString(), "--port", "0");
    assertEquals(1, result.exit());
    assertTrue(result.err().contains("not an archive"), result.err());
  }
}
