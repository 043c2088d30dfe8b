package dev.scholia.bench;

import dev.scholia.bench.Corpus.Essay;
import dev.scholia.bench.Corpus.Note;
import dev.scholia.bench.Corpus.Paragraph;
import dev.scholia.bench.Corpus.Token;
import java.util.function.UnaryOperator;

/**
 * An essay's Markdown body, the same for every generator but for link targets: paragraphs quoting
 * the thread word for word, decorated with emphasis, code and links (which do not change the text
 * a reader sees), CommonMark footnotes after their paragraph, a blockquote and a heading.
 */
final class EssayMarkdown {
  private EssayMarkdown() {}

  /** {@code linkTo} turns a target essay's slug into the URL the generator expects. */
  static String body(Essay essay, UnaryOperator<String> linkTo) {
    StringBuilder out = new StringBuilder();
    for (int p = 0; p < essay.paragraphs().size(); p++) {
      if (p == Essay.HEADING_BEFORE) {
        out.append("## ").append(essay.heading()).append("\n\n");
      }
      Paragraph paragraph = essay.paragraphs().get(p);
      out.append(paragraph.quote() ? "> " : "").append(text(paragraph, linkTo)).append("\n\n");
      for (Note note : paragraph.notes()) {
        out.append("[^").append(note.number()).append("]: ").append(note.text()).append("\n\n");
      }
    }
    return out.toString();
  }

  /** The paragraph as the thread has it: plain words and {@code [n]} markers. */
  static String threadText(Paragraph paragraph) {
    StringBuilder out = new StringBuilder(paragraph.quote() ? "> " : "");
    for (Token token : paragraph.tokens()) {
      out.append(token.word());
      if (token.noteAfter() > 0) {
        out.append(" [").append(token.noteAfter()).append(']');
      }
      out.append(' ');
    }
    return out.substring(0, out.length() - 1);
  }

  private static String text(Paragraph paragraph, UnaryOperator<String> linkTo) {
    StringBuilder out = new StringBuilder();
    for (Token token : paragraph.tokens()) {
      switch (token.style()) {
        case PLAIN -> out.append(token.word());
        case EMPHASIS -> out.append('*').append(token.word()).append('*');
        case CODE -> out.append('`').append(token.word()).append('`');
        case LINK_START -> out.append('[').append(token.word());
        case LINK_END -> out.append(token.word()).append("](").append(linkTo.apply(token.link())).append(')');
      }
      if (token.noteAfter() > 0) {
        out.append(" [^").append(token.noteAfter()).append(']');
      }
      out.append(' ');
    }
    return out.substring(0, out.length() - 1);
  }
}
