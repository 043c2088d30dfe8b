package dev.scholia.model;

/**
 * The Markdown body of a content file, with where it starts so that positions the Markdown
 * parser reports (0-based lines within the body) become lines of the file.
 *
 * @param path the file, relative to the archive root
 * @param firstLine the 1-based file line of the body's first line
 * @param text the Markdown
 */
public record MarkdownText(String path, int firstLine, String text) {

  /** The file line of a 0-based line index within the body. */
  public int fileLine(int bodyLineIndex) {
    return firstLine + bodyLineIndex;
  }
}
