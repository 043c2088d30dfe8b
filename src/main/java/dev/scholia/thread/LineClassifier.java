package dev.scholia.thread;

import dev.scholia.model.LineKind;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what one line of a plain-text thread is. The rules, documented in
 * {@code docs/thread-format.md}, look only at the line itself, so they behave the same on any
 * thread:
 *
 * <ul>
 *   <li>empty (or only white space): {@link LineKind#BLANK};
 *   <li>{@code [n] text} with a number {@code n}, or Markdown's {@code [^label]: text}:
 *       {@link LineKind#FOOTNOTE};
 *   <li>a single word of letters, digits, {@code _ . -} (optionally after {@code @}), with no
 *       sentence punctuation: {@link LineKind#BYLINE};
 *   <li>starting with {@code >}, or a fragment that starts in lower case and does not end a
 *       sentence: {@link LineKind#QUOTE};
 *   <li>anything else: {@link LineKind#TEXT}.
 * </ul>
 */
public final class LineClassifier {
  /** {@code [1] note}; or {@code [^1]: note}, whose marker is {@code ^1} so that it reads {@code [^1]}. */
  private static final Pattern FOOTNOTE = Pattern.compile("^(?:\\[(\\d{1,4})\\] |\\[(\\^[^\\]\\s]{1,30})\\]: ?)(.*)$");
  private static final Pattern BYLINE = Pattern.compile("^@?[\\p{L}\\p{N}_][\\p{L}\\p{N}_.\\-]{0,38}$");
  private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?:;…)\"”’]\\s*$");

  private LineClassifier() {}

  public static LineKind classify(String line) {
    String trimmed = line.strip();
    if (trimmed.isEmpty()) {
      return LineKind.BLANK;
    }
    if (FOOTNOTE.matcher(line).matches()) {
      return LineKind.FOOTNOTE;
    }
    if (BYLINE.matcher(trimmed).matches() && !trimmed.endsWith(".")) {
      return LineKind.BYLINE;
    }
    if (trimmed.startsWith(">") || isFragment(trimmed)) {
      return LineKind.QUOTE;
    }
    return LineKind.TEXT;
  }

  /** The marker of a footnote definition line ({@code "1"} for {@code [1] …}), or null. */
  public static String footnoteMarker(String line) {
    Matcher m = FOOTNOTE.matcher(line);
    return m.matches() ? (m.group(1) != null ? m.group(1) : m.group(2)) : null;
  }

  /** The note text of a footnote definition line, after {@code "[n] "}. */
  public static String footnoteText(String line) {
    Matcher m = FOOTNOTE.matcher(line);
    return (m.matches() ? m.group(3) : line).stripTrailing();
  }

  /** The quoted text of a quote line: without a leading {@code >} and the space after it. */
  public static String quoteText(String line) {
    String trimmed = line.stripLeading();
    if (!trimmed.startsWith(">")) {
      return line;
    }
    String rest = trimmed.substring(1);
    return rest.startsWith(" ") ? rest.substring(1) : rest;
  }

  private static boolean isFragment(String trimmed) {
    int first = trimmed.codePointAt(0);
    return Character.isLowerCase(first) && !ENDS_SENTENCE.matcher(trimmed).find();
  }
}
