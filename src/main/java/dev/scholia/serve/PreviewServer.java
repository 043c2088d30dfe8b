package dev.scholia.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves the site folder over HTTP on the JDK's built-in server, as a static host would (see
 * {@link SiteFiles}), with {@code 404.html} for misses, no caching (a preview must show the latest
 * build), and the live-reload script added to every HTML page on the way out.
 */
final class PreviewServer implements AutoCloseable {
  private static final String WAITING =
      "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>scholia serve</title></head>"
          + "<body><p>The site is being built; if the terminal lists problems, fix them and this page will load.</p>"
          + "</body></html>";

  private final HttpServer server;
  private final ExecutorService threads;
  private final SiteFiles files;
  private final LiveReload live;

  private PreviewServer(HttpServer server, ExecutorService threads, SiteFiles files, LiveReload live) {
    this.server = server;
    this.threads = threads;
    this.files = files;
    this.live = live;
  }

  /** Starts serving {@code folder} on {@code host:port} (port 0: any free port). */
  static PreviewServer start(String host, int port, Path folder, LiveReload live) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
    // Event streams hold a thread each for as long as a page is open.
    ExecutorService threads =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "scholia-serve");
              thread.setDaemon(true);
              return thread;
            });
    PreviewServer preview = new PreviewServer(server, threads, new SiteFiles(folder), live);
    server.createContext("/", preview::handle);
    server.setExecutor(threads);
    server.start();
    return preview;
  }

  int port() {
    return server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String rawPath = exchange.getRequestURI().getRawPath();
    if (rawPath.equals(LiveReload.EVENTS) && exchange.getRequestMethod().equals("GET")) {
      // Stays open: the live-reload hub writes to it and drops it when the page goes.
      live.subscribe(exchange);
      return;
    }
    try {
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        text(exchange, 405, "Method not allowed");
      } else if (rawPath.equals(LiveReload.SCRIPT)) {
        send(exchange, 200, "text/javascript; charset=utf-8", LiveReload.SCRIPT_SOURCE.getBytes(StandardCharsets.UTF_8));
      } else {
        serveFile(exchange, rawPath);
      }
    } finally {
      exchange.close();
    }
  }

  private void serveFile(HttpExchange exchange, String rawPath) throws IOException {
    if (!live.siteReady()) {
      send(exchange, 503, "text/html; charset=utf-8", LiveReload.inject(WAITING.getBytes(StandardCharsets.UTF_8)));
      return;
    }
    SiteFiles.Resolution resolution = files.resolve(rawPath);
    if (resolution instanceof SiteFiles.Found found) {
      sendFile(exchange, 200, found.file());
    } else if (resolution instanceof SiteFiles.Redirect redirect) {
      String query = exchange.getRequestURI().getRawQuery();
      exchange.getResponseHeaders().set("Location", redirect.location() + (query == null ? "" : "?" + query));
      text(exchange, 301, "Moved to " + redirect.location());
    } else if (resolution instanceof SiteFiles.Refused refused) {
      text(exchange, 400, "Bad request: " + refused.reason());
    } else if (files.notFoundPage() != null) {
      sendFile(exchange, 404, files.notFoundPage());
    } else {
      text(exchange, 404, "Not found");
    }
  }

  private void sendFile(HttpExchange exchange, int status, Path file) throws IOException {
    String name = file.getFileName().toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      // Deleted by a rebuild between resolving and reading it.
      text(exchange, 404, "Not found");
      return;
    }
    send(exchange, status, ContentTypes.of(name), ContentTypes.isHtml(name) ? LiveReload.inject(bytes) : bytes);
  }

  private static void text(HttpExchange exchange, int status, String message) throws IOException {
    send(exchange, status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
