package dev.scholia.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A static file host on the loopback address serving a site under a sub-path, as GitHub Pages
 * serves a project site under {@code /project/}: proves the archive's links are relative. It
 * answers like such hosts ({@code dir/} serves {@code dir/index.html}, a miss serves 404) and
 * records every miss so a test can insist there were none.
 */
final class StaticServer implements AutoCloseable {
  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "json", "application/json",
          "svg", "image/svg+xml",
          "xml", "application/xml",
          "txt", "text/plain; charset=utf-8",
          "png", "image/png");

  private final HttpServer server;
  private final String prefix;
  private final List<String> misses = new CopyOnWriteArrayList<>();

  private StaticServer(HttpServer server, String prefix) {
    this.server = server;
    this.prefix = prefix;
  }

  /** Serves {@code site} at {@code http://127.0.0.1:port/prefix/}. */
  static StaticServer serve(Path site, String prefix) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    StaticServer host = new StaticServer(server, prefix);
    server.createContext("/", exchange -> host.handle(site, exchange));
    server.start();
    return host;
  }

  /** The site's root URL, ending in {@code /}. */
  String root() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
  }

  /** Every path requested that the site does not have. */
  List<String> misses() {
    return List.copyOf(misses);
  }

  private void handle(Path site, HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = URLDecoder.decode(exchange.getRequestURI().getPath(), StandardCharsets.UTF_8);
      Path file = null;
      if (path.startsWith(prefix)) {
        file = site.resolve(path.substring(prefix.length())).normalize();
        if (Files.isDirectory(file)) {
          file = file.resolve("index.html");
        }
      }
      if (file == null || !file.startsWith(site) || !Files.isRegularFile(file)) {
        misses.add(path);
        send(exchange, 404, site.resolve("404.html"));
      } else {
        send(exchange, 200, file);
      }
    }
  }

  private static void send(HttpExchange exchange, int status, Path file) throws IOException {
    byte[] body = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
    String name = file.getFileName().toString();
    String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
