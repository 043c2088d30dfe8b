package dev.scholia.render;

/**
 * Pebble's {@code html} escaping, done here: the same five characters become the same references
 * as with Pebble's default (unbescape's {@code escapeHtml4Xml}), but unbescape builds its tables of
 * every HTML 4 and HTML 5 entity on first use with a quadratic search, which cost more than a
 * tenth of the seed archive's whole build.
 */
final class HtmlEscaper {
  private HtmlEscaper() {}

  static String escape(String text) {
    int first = 0;
    while (first < text.length() && replacement(text.charAt(first)) == null) {
      first++;
    }
    if (first == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      String reference = replacement(c);
      if (reference == null) {
        out.append(c);
      } else {
        out.append(reference);
      }
    }
    return out.toString();
  }

  private static String replacement(char c) {
    return switch (c) {
      case '&' -> "&amp;";
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '"' -> "&quot;";
      case '\'' -> "&#39;";
      default -> null;
    };
  }
}
