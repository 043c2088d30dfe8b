package dev.scholia.link;

import dev.scholia.model.SourceLine;

/**
 * Where each kind of page lives, relative to the site root. Folder URLs end in {@code /}; links
 * add {@code index.html} so the archive also works from {@code file://}.
 */
public final class Urls {
  public static final String GLOSSARY = "glossary/";

  private Urls() {}

  public static String essay(String slug) {
    return "essays/" + slug + "/";
  }

  public static String theme(String slug) {
    return "themes/" + slug + "/";
  }

  /** The glossary page with the term's entry as fragment. */
  public static String term(String slug) {
    return GLOSSARY + "index.html#" + slug;
  }

  /**
   * Lines of a thread per page. A long thread is shown on several pages, each a size a browser
   * opens at once: a 50,000-line thread was one page of 40 MB. Pages hold fixed ranges of line
   * numbers, so a line's address follows from its number alone.
   */
  public static final int THREAD_PAGE_LINES = 1000;

  /** The first page of a source thread as it came: {@code thread/<file name without .txt>/}. */
  public static String thread(String seed) {
    return "thread/" + SourceLine.nameOf(seed) + "/";
  }

  /** Page {@code page} (from 1) of a thread: the first at {@link #thread}, the others below it ({@code 2/}). */
  public static String threadPage(String seed, int page) {
    return thread(seed) + (page == 1 ? "" : page + "/");
  }

  /** The page of a thread that shows line {@code line}. */
  public static int threadPageOf(int line) {
    return (Math.max(line, 1) - 1) / THREAD_PAGE_LINES + 1;
  }

  /** The anchor of a line on its thread page. */
  public static String lineAnchor(int line) {
    return "L" + line;
  }

  /** A thread line on its thread page. */
  public static String threadLine(SourceLine line) {
    return threadLine(line.seed(), line.line());
  }

  /** Line {@code line} of thread {@code seed} on its page. */
  public static String threadLine(String seed, int line) {
    return threadPage(seed, threadPageOf(line)) + "index.html#" + lineAnchor(line);
  }
}
