package dev.scholia.content;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What makes a file name usable as a URL segment and an output folder name: lower-case ASCII
 * letters, digits and inner hyphens only. That rules out {@code ..}, separators, NUL, spaces and
 * case clashes on case-insensitive file systems; Windows' reserved device names are refused too,
 * so the site can be checked out anywhere.
 */
public final class Slugs {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Set<String> RESERVED =
      Set.of(
          "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
          "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

  private Slugs() {}

  public static boolean isValid(String slug) {
    return slug.length() <= 100 && SLUG.matcher(slug).matches() && !RESERVED.contains(slug);
  }

  /** A valid slug made from any title: {@code "RL vs. Pre-training!"} becomes {@code rl-vs-pre-training}. */
  public static String fromTitle(String title) {
    String slug =
        java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (slug.length() > 60) {
      slug = slug.substring(0, 60).replaceAll("-+$", "");
    }
    if (slug.isEmpty() || RESERVED.contains(slug)) {
      slug = "untitled" + (slug.isEmpty() ? "" : "-" + slug);
    }
    return slug;
  }
}
