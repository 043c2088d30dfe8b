package dev.scholia.serve;

import java.util.Locale;
import java.util.Map;

/**
 * The media type of a site file, by extension. A fixed table rather than the platform's guess, so
 * the preview behaves the same on every machine; text types say they are UTF-8, as the build
 * writes them.
 */
final class ContentTypes {
  private static final Map<String, String> BY_EXTENSION =
      Map.ofEntries(
          Map.entry("html", "text/html; charset=utf-8"),
          Map.entry("css", "text/css; charset=utf-8"),
          Map.entry("js", "text/javascript; charset=utf-8"),
          Map.entry("mjs", "text/javascript; charset=utf-8"),
          Map.entry("json", "application/json; charset=utf-8"),
          Map.entry("xml", "application/xml; charset=utf-8"),
          Map.entry("rss", "application/rss+xml; charset=utf-8"),
          Map.entry("atom", "application/atom+xml; charset=utf-8"),
          Map.entry("txt", "text/plain; charset=utf-8"),
          Map.entry("md", "text/markdown; charset=utf-8"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("gif", "image/gif"),
          Map.entry("webp", "image/webp"),
          Map.entry("avif", "image/avif"),
          Map.entry("ico", "image/x-icon"),
          Map.entry("woff", "font/woff"),
          Map.entry("woff2", "font/woff2"),
          Map.entry("pdf", "application/pdf"),
          Map.entry("wasm", "application/wasm"));

  private ContentTypes() {}

  static String of(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    return BY_EXTENSION.getOrDefault(extension, "application/octet-stream");
  }

  static boolean isHtml(String fileName) {
    return of(fileName).startsWith("text/html");
  }
}
