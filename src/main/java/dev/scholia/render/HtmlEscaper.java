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
    int first = firstSpecial(text);
    if (first < 0) {
      return text;
    }
    // Read from one copy of the text in an array: a String's charAt checks the index and the
    // coding on every call, which C1-compiled code (bin/scholia) does not optimise away, and
    // whole essays pass through here. Written into an array sized exactly: HTML has a special
    // character every few letters, and a buffer grown by doubling (or a StringBuilder, which
    // checks its capacity and coding on every append) would copy a long text several times over.
    char[] in = text.toCharArray();
    char[] out = new char[escapedLength(in, first)];
    System.arraycopy(in, 0, out, 0, first);
    int at = first;
    for (int i = first; i < in.length; i++) {
      char c = in[i];
      if (special(c)) {
        String replacement = replacement(c);
        replacement.getChars(0, replacement.length(), out, at);
        at += replacement.length();
      } else {
        out[at++] = c;
      }
    }
    return new String(out);
  }

  private static int escapedLength(char[] text, int first) {
    int length = text.length;
    for (int i = first; i < text.length; i++) {
      char c = text[i];
      if (special(c)) {
        length += replacement(c).length() - 1;
      }
    }
    return length;
  }

  /**
   * The index of the first special character, or -1. Most values have none, and five
   * {@code indexOf} scans are several times faster than one {@code charAt} loop when the JVM runs
   * C1-compiled code, as {@code bin/scholia} does (the JDK's scan reads the array directly, where
   * each {@code charAt} checks the string's coding and the index).
   */
  private static int firstSpecial(String text) {
    int first = -1;
    for (char c : SPECIALS) {
      int at = text.indexOf(c);
      if (at >= 0 && (first < 0 || at < first)) {
        first = at;
      }
    }
    return first;
  }

  private static final char[] SPECIALS = {'&', '<', '>', '"', '\''};

  /**
   * Whether {@code c} needs a reference. Every special character is at most {@code '>'}, so
   * letters are passed by one comparison.
   */
  private static boolean special(char c) {
    return c <= '>' && (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'');
  }

  private static String replacement(char c) {
    return switch (c) {
      case '&' -> "&amp;";
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '"' -> "&quot;";
      case '\'' -> "&#39;";
      default -> throw new IllegalArgumentException("not special: " + c);
    };
  }
}
