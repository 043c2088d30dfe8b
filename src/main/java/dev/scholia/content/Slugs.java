package dev.scholia.content;

import dev.scholia.files.OutputPath;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What makes a file name usable as a URL segment and an output folder name: lower-case ASCII
 * letters, digits and inner hyphens only. That rules out {@code ..}, separators, NUL, spaces and
 * case clashes on case-insensitive file systems; Windows' reserved device names are refused too,
 * so the site can be checked out anywhere.
 */
public final class Slugs {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final int MAX_LENGTH = 100;

  private Slugs() {}

  public static boolean isValid(String slug) {
    return problem(slug) == null;
  }

  /** Why {@code slug} cannot name a page, or {@code null} if it can. */
  public static String problem(String slug) {
    if (slug.length() > MAX_LENGTH) {
      return "it is longer than " + MAX_LENGTH + " characters";
    }
    if (!SLUG.matcher(slug).matches()) {
      return "only lower-case letters, digits and inner hyphens may name a page";
    }
    if (OutputPath.isReserved(slug)) {
      return "it is a reserved device name on Windows";
    }
    return null;
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
    if (slug.isEmpty() || OutputPath.isReserved(slug)) {
      slug = "untitled" + (slug.isEmpty() ? "" : "-" + slug);
    }
    return slug;
  }
}
