package dev.scholia.render;

import dev.scholia.fidelity.Provenance;
import dev.scholia.link.Urls;
import dev.scholia.model.Comment;
import dev.scholia.model.Discussion;
import dev.scholia.model.Footnote;
import dev.scholia.model.LineKind;
import dev.scholia.model.Paragraph;
import dev.scholia.model.SourceLine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The views of a thread's pages: every line of the file in order, blank lines aside, grouped into
 * the comments the segmenter found (a line it left out of every comment still shows, on its own),
 * each with the essay paragraph that quotes it, {@value Urls#THREAD_PAGE_LINES} lines of the file
 * to a page.
 */
final class ThreadPage {
  private ThreadPage() {}

  /** How many pages {@code discussion} has: one at least, even for an empty thread. */
  static int pages(Discussion discussion) {
    return Urls.threadPageOf(lastLine(discussion));
  }

  /** The number of the thread's last line, or 0 for an empty thread. */
  private static int lastLine(Discussion discussion) {
    List<SourceLine> lines = discussion.lines();
    return lines.isEmpty() ? 0 : lines.get(lines.size() - 1).line();
  }

  static List<ThreadView> views(Discussion discussion, Provenance provenance, Function<String, String> essayTitles) {
    List<List<ThreadView.CommentView>> onPage = commentsByPage(discussion, provenance, essayTitles);
    String seed = discussion.seed();
    int pages = onPage.size();
    int last = lastLine(discussion);
    List<ThreadView> views = new ArrayList<>();
    for (int p = 1; p <= pages; p++) {
      views.add(
          new ThreadView(
              seed,
              Urls.threadPage(seed, p),
              p,
              pages,
              range(p, last),
              p > 1 ? new LinkView("Lines " + range(p - 1, last), Urls.threadPage(seed, p - 1)) : null,
              p < pages ? new LinkView("Lines " + range(p + 1, last), Urls.threadPage(seed, p + 1)) : null,
              onPage.get(p - 1)));
    }
    return views;
  }

  /**
   * Each page's comments, in order; a comment running over from one page to the next is split
   * there, both parts keeping its number.
   */
  private static List<List<ThreadView.CommentView>> commentsByPage(
      Discussion discussion, Provenance provenance, Function<String, String> essayTitles) {
    Map<SourceLine, Comment> commentOf = new HashMap<>();
    for (Comment comment : discussion.comments()) {
      if (comment.byline() != null) {
        commentOf.put(comment.byline(), comment);
      }
      for (Paragraph paragraph : comment.paragraphs()) {
        commentOf.put(paragraph.source(), comment);
        paragraph.footnotes().forEach(note -> commentOf.put(note.source(), comment));
      }
      comment.strayNotes().stream().map(Footnote::source).forEach(line -> commentOf.put(line, comment));
    }
    List<List<ThreadView.CommentView>> onPage = new ArrayList<>();
    for (int p = 0, pages = pages(discussion); p < pages; p++) {
      onPage.add(new ArrayList<>());
    }
    List<ThreadView.LineView> current = new ArrayList<>();
    Comment currentComment = null;
    int currentPage = 1;
    int number = 0;
    for (SourceLine line : discussion.lines()) {
      if (line.kind() == LineKind.BLANK) {
        continue;
      }
      Comment comment = commentOf.get(line);
      boolean opens = current.isEmpty() || comment == null || comment != currentComment;
      int page = Urls.threadPageOf(line.line());
      if (!current.isEmpty() && (opens || page != currentPage)) {
        onPage.get(currentPage - 1).add(commentView(number, currentComment, current));
        current = new ArrayList<>();
      }
      if (opens) {
        number++;
      }
      currentComment = comment;
      currentPage = page;
      current.add(new ThreadView.LineView(line.line(), Urls.lineAnchor(line.line()), line.kind().label(), line.text(), placedIn(line, provenance, essayTitles)));
    }
    if (!current.isEmpty()) {
      onPage.get(currentPage - 1).add(commentView(number, currentComment, current));
    }
    return onPage;
  }

  private static ThreadView.CommentView commentView(int number, Comment comment, List<ThreadView.LineView> lines) {
    return new ThreadView.CommentView(number, comment == null ? null : comment.author(), lines);
  }

  /** The line numbers page {@code page} holds, as {@code 1001–2000}; the last page ends at the last line. */
  private static String range(int page, int lastLine) {
    int first = (page - 1) * Urls.THREAD_PAGE_LINES + 1;
    return first + "–" + Math.max(first, Math.min(page * Urls.THREAD_PAGE_LINES, lastLine));
  }

  private static LinkView placedIn(SourceLine line, Provenance provenance, Function<String, String> essayTitles) {
    Provenance.Placement placement = provenance.placementOf(line);
    if (placement == null) {
      return null;
    }
    return new LinkView(essayTitles.apply(placement.essay()), Urls.essay(placement.essay()) + "index.html#" + placement.anchor());
  }
}
