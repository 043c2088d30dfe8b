package dev.scholia.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Tells open pages about each build over Server-Sent Events. Every HTML response gets a small
 * script (added while serving, never written into the site) that listens on {@link #EVENTS}: after
 * a good build it reloads the page if its file or a stylesheet or script changed and hides the
 * problem overlay; after a failed build it shows the problems over the page, which stays as it
 * was. A page opened while the archive is broken is told at once.
 */
final class LiveReload {
  static final String PREFIX = "/__scholia/";
  static final String EVENTS = PREFIX + "events";
  static final String SCRIPT = PREFIX + "live-reload.js";
  private static final String TAG = "<script src=\"" + SCRIPT + "\"></script>";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One build's news, as the script receives it. */
  record BuildEvent(int build, boolean ok, List<String> changed, List<String> problems) {}

  private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
  private volatile BuildEvent last = new BuildEvent(0, true, List.of(), List.of());
  private volatile boolean siteReady;

  /** Sends {@code event} to every open page and remembers it for pages that open later. */
  void announce(BuildEvent event) {
    last = event;
    siteReady |= event.ok();
    String message = "event: build\ndata: " + json(event) + "\n\n";
    for (OutputStream listener : listeners) {
      send(listener, message);
    }
  }

  /** Sends a comment line to every page, so connections whose page has gone are noticed and dropped. */
  void keepAlive() {
    listeners.forEach(listener -> send(listener, ": keep-alive\n\n"));
  }

  /** Whether a build has succeeded yet, so that there is a site to serve. */
  boolean siteReady() {
    return siteReady;
  }

  /** Holds an {@link #EVENTS} request open; the server's thread returns at once. */
  void subscribe(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, 0);
    OutputStream stream = exchange.getResponseBody();
    listeners.add(stream);
    BuildEvent current = last;
    send(stream, "retry: 1000\nevent: hello\ndata: " + json(current) + "\n\n");
    if (!current.ok()) {
      send(stream, "event: build\ndata: " + json(current) + "\n\n");
    }
  }

  private void send(OutputStream stream, String message) {
    synchronized (stream) {
      try {
        stream.write(message.getBytes(StandardCharsets.UTF_8));
        stream.flush();
      } catch (IOException e) {
        listeners.remove(stream);
        try {
          stream.close();
        } catch (IOException ignored) {
          // The page has gone; nothing is left to tell it.
        }
      }
    }
  }

  /** {@code html} with the script tag before its last {@code </body>} (or at the end). */
  static byte[] inject(byte[] html) {
    String page = new String(html, StandardCharsets.UTF_8);
    int at = page.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
    String out = at < 0 ? page + TAG : page.substring(0, at) + TAG + "\n" + page.substring(at);
    return out.getBytes(StandardCharsets.UTF_8);
  }

  private static String json(BuildEvent event) {
    try {
      return JSON.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a build event is plain values", e);
    }
  }

  /** The script served at {@link #SCRIPT}. */
  static final String SCRIPT_SOURCE =
      """
      // scholia serve: live reload and problem overlay. Served by the preview only.
      (() => {
        const here = () => {
          let path = decodeURIComponent(location.pathname).replace(/^\\//, "");
          return path === "" || path.endsWith("/") ? path + "index.html" : path;
        };
        const affectsPage = (changed) =>
          changed.some((file) => file === here() || /\\.(css|js|svg|png|jpe?g|gif|webp|woff2?)$/.test(file));
        let overlay = null;
        const hide = () => { if (overlay) { overlay.remove(); overlay = null; } };
        const show = (problems) => {
          hide();
          overlay = document.createElement("div");
          overlay.setAttribute("role", "alert");
          overlay.style.cssText =
            "position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:2rem;" +
            "background:rgba(20,20,20,.94);color:#f5f5f5;font:14px/1.5 ui-monospace,monospace";
          const title = document.createElement("h2");
          title.style.cssText = "margin:0 0 1rem;color:#ff8a80;font:bold 18px/1.3 system-ui,sans-serif";
          title.textContent = "scholia: the archive has " + problems.length +
            (problems.length === 1 ? " problem" : " problems") + "; this page shows the last good build";
          const list = document.createElement("pre");
          list.style.cssText = "white-space:pre-wrap;margin:0";
          list.textContent = problems.join("\\n\\n");
          const close = document.createElement("button");
          close.textContent = "Hide (Esc)";
          close.style.cssText = "margin-top:1.5rem;font:inherit;padding:.3rem .8rem;cursor:pointer";
          close.onclick = hide;
          overlay.append(title, list, close);
          document.body.append(overlay);
        };
        document.addEventListener("keydown", (e) => { if (e.key === "Escape") hide(); });
        let seen = null;
        const events = new EventSource("%s");
        // EventSource.OPEN, for tests and for curious readers of the console.
        events.addEventListener("open", () => { window.__scholiaLive = events.readyState; });
        events.addEventListener("error", () => { window.__scholiaLive = events.readyState; });
        events.addEventListener("hello", (e) => {
          const build = JSON.parse(e.data).build;
          // The server restarted or rebuilt while we were disconnected: fetch the page again.
          if (seen !== null && build !== seen) location.reload();
          seen = build;
        });
        events.addEventListener("build", (e) => {
          const news = JSON.parse(e.data);
          seen = news.build;
          if (!news.ok) { show(news.problems); return; }
          hide();
          if (affectsPage(news.changed)) location.reload();
        });
      })();
      """
          .formatted(EVENTS);
}
