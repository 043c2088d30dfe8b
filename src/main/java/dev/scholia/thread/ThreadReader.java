package dev.scholia.thread;

import dev.scholia.model.Diagnostic;
import dev.scholia.model.LineKind;
import dev.scholia.model.ScholiaException;
import dev.scholia.model.SourceLine;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

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
    int[] starts = lineStarts(bytes);
    SourceLine[] lines = new SourceLine[starts.length];
    Diagnostic[] problems = new Diagnostic[starts.length];
    AtomicBoolean replaced = new AtomicBoolean();
    // Each line is decoded and read on its own, so lines are read in parallel: a large thread is
    // tens of thousands of them, and reading them was a second of one core's work in split
    // (issue #7). A line feed byte is never part of a longer UTF-8 character, so the bytes split
    // into lines as the text would, and no copy of the whole text is made.
    IntStream.range(0, starts.length)
        .parallel()
        .forEach(
            i -> {
              int number = i + 1;
              int end = number < starts.length ? starts[number] - 1 : lineEnd(bytes, starts[i]);
              if (end > starts[i] && bytes[end - 1] == '\r') {
                end--;
              }
              String line = new String(bytes, starts[i], end - starts[i], StandardCharsets.UTF_8);
              if (line.indexOf(Utf8Text.REPLACEMENT) >= 0) {
                replaced.set(true);
              }
              if (line.length() > MAX_LINE_CHARS) {
                problems[i] =
                    Diagnostic.error(seed, number, "line is longer than 1,000,000 characters (" + line.length() + ")")
                        .withHint("a thread holds one paragraph per line; split the line or check the file is text");
                line = "";
              } else if (hasControlByte(bytes, starts[i], end)) {
                problems[i] = controlCharacterIn(seed, number, line);
              }
              lines[i] = new SourceLine(seed, number, LineClassifier.classify(line), line);
            });
    if (replaced.get()) {
      Utf8Text.requireValid(seed, bytes);
    }
    List<Diagnostic> found = Arrays.stream(problems).filter(Objects::nonNull).toList();
    if (found.isEmpty() && Arrays.stream(lines).allMatch(l -> l.kind() == LineKind.BLANK)) {
      found = List.of(
          Diagnostic.error(seed, 0, "the thread is empty")
              .withHint("put one paragraph per line, or remove the file from seeds/"));
    }
    if (!found.isEmpty()) {
      throw new ScholiaException(found);
    }
    return List.of(lines);
  }

  /**
   * Where each line starts: at the start of the text (after a byte-order mark) and after every
   * line feed but a final one.
   */
  private static int[] lineStarts(byte[] bytes) {
    IntStream.Builder starts = IntStream.builder();
    for (int start = Utf8Text.bomLength(bytes); start < bytes.length; start = lineEnd(bytes, start) + 1) {
      starts.add(start);
    }
    return starts.build().toArray();
  }

  /** Where the line starting at {@code start} ends: at its line feed, or at the end of the text. */
  private static int lineEnd(byte[] bytes, int start) {
    for (int i = start; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return bytes.length;
  }

  /**
   * Whether the bytes hold a C0 control character other than tab. Checked on the bytes, which
   * are one array read each, rather than on the decoded line (a two-byte string wherever a curly
   * quote is, read through {@code charAt}): in UTF-8 such a byte is always that character.
   */
  private static boolean hasControlByte(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      byte b = bytes[i];
      if (b >= 0 && b < 0x20 && b != '\t') {
        return true;
      }
    }
    return false;
  }

  private static Diagnostic controlCharacterIn(String seed, int number, String line) {
    int control = firstControl(line);
    if (control < 0) {
      return null;
    }
    return Diagnostic.error(seed, number, String.format("control character U+%04X in a line of text", (int) line.charAt(control)))
        .withColumn(control + 1)
        .withHint(
            line.charAt(control) == '\r'
                ? "a lone carriage return splits the paragraph in Markdown; save the file with LF or CRLF line endings"
                : "remove it; a thread is plain text, and Markdown and HTML cannot carry it verbatim");
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
