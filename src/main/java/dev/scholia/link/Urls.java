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

  /** The page showing a source thread as it came: {@code thread/<file name without .txt>/}. */
  public static String thread(String seed) {
    return "thread/" + SourceLine.nameOf(seed) + "/";
  }

  /** The anchor of a line on its thread page. */
  public static String lineAnchor(int line) {
    return "L" + line;
  }

  /** A thread line on its thread page. */
  public static String threadLine(SourceLine line) {
    return thread(line.seed()) + "index.html#" + lineAnchor(line.line());
  }
}
