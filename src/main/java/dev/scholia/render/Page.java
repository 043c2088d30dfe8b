package dev.scholia.render;

/**
 * What every template knows about the page it renders.
 *
 * @param path the output file, relative to the site root ({@code essays/a/index.html})
 * @param title the page title (without the site title)
 * @param description one sentence for meta tags
 * @param root the relative path from this page to the site root ({@code ../../}, or empty)
 */
public record Page(String path, String title, String description, String root) {

  public static Page at(String path, String title, String description) {
    int depth = (int) path.chars().filter(c -> c == '/').count();
    return new Page(path, title, description, "../".repeat(depth));
  }

  /**
   * The page's address relative to the site root as a host serves it ({@code essays/a/}, empty
   * for the index): what canonical links, Open Graph and the sitemap append to {@code baseUrl}.
   */
  public String url() {
    return path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
  }
}
