package dev.scholia.bench;

import java.util.List;

/**
 * A generated archive, independent of any generator's file layout: themes, glossary terms and
 * essays whose paragraphs all come from one synthetic thread.
 *
 * @param themes the themes; the last one is the catch-all
 * @param terms the glossary
 * @param essays the essays, each quoting one comment of the thread in full
 */
record Corpus(List<Theme> themes, List<Term> terms, List<Essay> essays) {

  record Theme(String slug, String title, String description, List<String> keywords, boolean catchAll) {}

  /** A glossary term; {@code alias} is its plural, which the text also uses. */
  record Term(String slug, String term, String alias, String definition) {}

  /**
   * An essay and the comment of the thread it quotes.
   *
   * @param author the comment's byline
   * @param heading a section heading placed before paragraph {@link #HEADING_BEFORE}
   */
  record Essay(
      String slug,
      String title,
      String theme,
      String summary,
      String author,
      String heading,
      List<Paragraph> paragraphs) {
    static final int HEADING_BEFORE = 3;
  }

  /**
   * One thread paragraph, with the Markdown decoration its essay gives it.
   *
   * @param quote whether the thread quotes it from a parent comment ({@code > …})
   * @param tokens its words with attached punctuation
   * @param notes footnotes whose marker follows a token
   */
  record Paragraph(boolean quote, List<Token> tokens, List<Note> notes) {}

  /** A word and how the essay decorates it; {@code link} is the slug a link starting here targets. */
  record Token(String word, Style style, String link, int noteAfter) {
    Token(String word) {
      this(word, Style.PLAIN, null, 0);
    }

    boolean decorable() {
      return style == Style.PLAIN && noteAfter == 0 && word.chars().allMatch(c -> c >= 'a' && c <= 'z');
    }
  }

  enum Style {
    PLAIN,
    EMPHASIS,
    CODE,
    LINK_START,
    LINK_END
  }

  /** A footnote: marker number (restarting in every comment, as threads do) and text. */
  record Note(int number, String text) {}
}
