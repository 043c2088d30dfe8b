package dev.scholia.bench;

import dev.scholia.bench.Corpus.Essay;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Lays the same essays out as a minimal Hugo site, the reference of issue #7: each essay page (with
 * reading time and previous/next), an index listing every essay by tag, and one page per tag (the
 * essay's theme). No feeds, sitemap or section pages, which scholia's comparison pages lack too.
 */
final class HugoLayout {
  private HugoLayout() {}

  static void write(Corpus corpus, Path site) throws IOException {
    Path essays = Files.createDirectories(site.resolve("content/essays"));
    Files.createDirectories(site.resolve("layouts/_default"));
    Files.writeString(
        site.resolve("config.toml"),
        "baseURL = \"https://example.org/bench/\"\n"
            + "title = \"Synthetic archive\"\n"
            + "languageCode = \"en\"\n"
            // Only the tag list page is meant; Hugo asks for this acknowledgement.
            + "ignoreErrors = [\"error-disable-taxonomy\"]\n"
            + "disableKinds = [\"RSS\", \"sitemap\", \"robotsTXT\", \"taxonomy\", \"section\"]\n"
            + "[taxonomies]\n  tag = \"tags\"\n");
    for (Essay essay : corpus.essays()) {
      Files.writeString(
          essays.resolve(essay.slug() + ".md"),
          "---\ntitle: \"" + essay.title() + "\"\nsummary: \"" + essay.summary() + "\"\ntags: [\"" + essay.theme()
              + "\"]\n---\n\n" + EssayMarkdown.body(essay, slug -> "../" + slug + "/"));
    }
    layout(site, "_default/baseof.html", """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{ .Title }} · {{ .Site.Title }}</title>
        <meta name="description" content="{{ .Summary | plainify }}">
        <link rel="stylesheet" href="{{ "style.css" | relURL }}">
        </head>
        <body>
        <header class="site-header"><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a></header>
        <main id="main">{{ block "main" . }}{{ end }}</main>
        <footer class="site-footer"><p>{{ .Site.Title }}</p></footer>
        </body>
        </html>
        """);
    layout(site, "_default/single.html", """
        {{ define "main" }}
        <nav class="breadcrumbs">{{ range .GetTerms "tags" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}</nav>
        <article class="essay">
        <h1>{{ .Title }}</h1>
        <p class="lede">{{ .Summary }}</p>
        <p class="meta">{{ .ReadingTime }} min read</p>
        <div class="prose">{{ .Content }}</div>
        </article>
        <nav class="pager">
        {{ with .PrevInSection }}<a rel="prev" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
        {{ with .NextInSection }}<a rel="next" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
        </nav>
        {{ end }}
        """);
    layout(site, "_default/list.html", """
        {{ define "main" }}
        <h1>{{ .Title }}</h1>
        <ul class="essay-list">
        {{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <span class="summary">{{ .Summary }}</span> <span class="meta">{{ .ReadingTime }} min read</span></li>
        {{ end }}
        </ul>
        {{ end }}
        """);
    layout(site, "index.html", """
        {{ define "main" }}
        <h1>{{ .Site.Title }}</h1>
        {{ range .Site.Taxonomies.tags }}
        <section><h2><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a></h2>
        <ul class="essay-list">
        {{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <span class="summary">{{ .Summary }}</span> <span class="meta">{{ .ReadingTime }} min read</span></li>
        {{ end }}
        </ul></section>
        {{ end }}
        {{ end }}
        """);
  }

  private static void layout(Path site, String name, String text) throws IOException {
    Path file = site.resolve("layouts").resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
