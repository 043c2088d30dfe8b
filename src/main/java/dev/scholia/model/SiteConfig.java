package dev.scholia.model;

import java.time.LocalDate;

/**
 * Archive-wide settings from {@code content/site.yaml}; every key is optional.
 *
 * @param title the archive's name
 * @param description what the archive is, for the index page and meta tags
 * @param baseUrl absolute URL the site is published at, or {@code null}: feed and sitemap need it
 * @param language the content's language tag, e.g. {@code en}
 * @param author who the thread's words belong to, or {@code null}
 * @param unsafeHtml whether raw HTML in {@code content/} Markdown is published as HTML (the
 *     thread's words are escaped regardless); off by default, as in Hugo
 * @param date when the archive was published: the feed's dates come from it, never from the
 *     clock, so two builds of the same content are byte-identical
 */
public record SiteConfig(
    String title,
    String description,
    String baseUrl,
    String language,
    String author,
    boolean unsafeHtml,
    LocalDate date) {

  /** The date used when {@code site.yaml} sets none: a constant, so output stays reproducible. */
  public static final LocalDate UNDATED = LocalDate.of(1970, 1, 1);

  public static SiteConfig defaults() {
    return new SiteConfig("Scholia", "An annotated essay archive.", null, "en", null, false, UNDATED);
  }
}
