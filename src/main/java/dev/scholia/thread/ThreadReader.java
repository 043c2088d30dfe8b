package dev.scholia.thread;

import dev.scholia.model.Diagnostic;
import dev.scholia.model.LineKind;
import dev.scholia.model.ScholiaException;
import dev.scholia.model.SourceLine;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a plain-text thread: one paragraph per line, UTF-8, LF or CRLF endings, optional BOM.
 * Produces every line with its kind; grouping lines into comments is the segmenter's job.
 */
public final class ThreadReader {
  /** Longer lines are refused: no real paragraph is this long, and it protects memory. */
  public static final int MAX_LINE_CHARS = 1_000_000;

  private ThreadReader() {}

  /**
   * @param seed the file's path relative to the archive root, used in locations
   * @param bytes the file's content
   */
  public static List<SourceLine> read(String seed, byte[] bytes) {
    String text = Utf8Text.decode(seed, bytes);
    List<SourceLine> lines = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    int number = 0;
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      number++;
      String line = text.substring(start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end);
      if (line.length() > MAX_LINE_CHARS) {
        problems.add(
            Diagnostic.error(seed, number, "line is longer than 1,000,000 characters (" + line.length() + ")")
                .withHint("a thread holds one paragraph per line; split the line or check the file is text"));
        line = "";
      }
      int control = firstControl(line);
      if (control >= 0) {
        problems.add(
            Diagnostic.error(seed, number, String.format("control character U+%04X in a line of text", (int) line.charAt(control)))
                .withColumn(control + 1)
                .withHint(
                    line.charAt(control) == '\r'
                        ? "a lone carriage return splits the paragraph in Markdown; save the file with LF or CRLF line endings"
                        : "remove it; a thread is plain text, and Markdown and HTML cannot carry it verbatim"));
      }
      lines.add(new SourceLine(seed, number, LineClassifier.classify(line), line));
      start = end + 1;
    }
    if (problems.isEmpty() && lines.stream().allMatch(l -> l.kind() == LineKind.BLANK)) {
      problems.add(
          Diagnostic.error(seed, 0, "the thread is empty")
              .withHint("put one paragraph per line, or remove the file from seeds/"));
    }
    if (!problems.isEmpty()) {
      throw new ScholiaException(problems);
    }
    return lines;
  }

  /**
   * The index of the first C0 control character other than tab, or -1. The thread is quoted
   * verbatim, and these cannot be: CommonMark turns NUL into U+FFFD and a lone CR into a line
   * break, and XML (the feed) forbids the rest.
   */
  private static int firstControl(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c < 0x20 && c != '\t') {
        return i;
      }
    }
    return -1;
  }
}
