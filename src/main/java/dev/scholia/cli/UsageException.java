package dev.scholia.cli;

import java.util.List;

/**
 * The command line asks for something scholia does not offer: an unknown command or option, a
 * missing or malformed value. The CLI prints the message and hint, then the usage, and exits 2.
 */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String hint;

  /**
   * @param message what is wrong, quoting the words typed
   * @param hint how to put it right, or {@code null}
   */
  UsageException(String message, String hint) {
    super(message);
    this.hint = hint;
  }

  /** {@code word} names nothing here; the hint offers the {@code known} names closest to it. */
  static UsageException unknown(String kind, String word, List<String> known) {
    List<String> close = Suggestions.closest(word, known);
    String hint = close.isEmpty() ? null : "did you mean " + quoted(close, " or ") + "?";
    return new UsageException("unknown " + kind + " `" + word + "`", hint);
  }

  /** The words in backticks, in a list for a sentence: {@code `a`, `b` and `c`}. */
  static String quoted(List<String> words, String lastSeparator) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      if (i > 0) {
        text.append(i == words.size() - 1 ? lastSeparator : ", ");
      }
      text.append('`').append(words.get(i)).append('`');
    }
    return text.toString();
  }

  String hint() {
    return hint;
  }
}
