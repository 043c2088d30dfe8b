package dev.scholia.model;

import java.util.Objects;

/**
 * One line of a source thread, exactly as it stands in the file (without its line ending or a
 * leading byte-order mark), with where it came from and what the reader took it to be.
 *
 * @param seed the thread file, relative to the archive root ({@code seeds/thread.txt})
 * @param line 1-based line number in that file
 * @param kind what the line is
 * @param text the line's text, verbatim
 */
public record SourceLine(String seed, int line, LineKind kind, String text) {

  // equals and hashCode are written out: a record's own are generated at run time through method
  // handles on first use, and a small archive's build noticed the cost of generating them for the
  // thread line, the key of every map from the thread to the essays.

  @Override
  public boolean equals(Object o) {
    return o instanceof SourceLine other
        && line == other.line
        && kind == other.kind
        && Objects.equals(seed, other.seed)
        && Objects.equals(text, other.text);
  }

  /**
   * The file and line number only: equal lines have equal hashes all the same, and no two lines
   * of one thread share them. A line's text is a string of its own, somewhere in a heap of hundreds
   * of megabytes, so hashing it (even its cached hash) costs a cache miss per lookup; every map
   * from the thread to the essays is keyed by lines, and a rebuild after an edit spent a tenth of
   * its time there at 4,000 essays. The file's name is one string for all its lines.
   */
  @Override
  public int hashCode() {
    return 31 * Objects.hashCode(seed) + line;
  }

  /** {@code seeds/thread.txt:12}, for messages. */
  public String location() {
    return seed + ":" + line;
  }

  /** The thread file's name without folder and extension, reduced to URL-safe characters. */
  public String seedName() {
    return nameOf(seed);
  }

  /**
   * {@link #seedName()} of any thread file path. A plain character loop rather than a regular
   * expression: every paragraph's anchor asks for it, so it must be cheap without a cache.
   */
  public static String nameOf(String seed) {
    int start = seed.lastIndexOf('/') + 1;
    int dot = seed.lastIndexOf('.');
    int end = dot > start ? dot : seed.length();
    // Straight from the path into the name's characters: no substrings on the way.
    char[] out = new char[end - start];
    for (int i = start; i < end; i++) {
      char c = seed.charAt(i);
      boolean safe = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
      out[i - start] = safe ? c : '-';
    }
    return new String(out);
  }
}
