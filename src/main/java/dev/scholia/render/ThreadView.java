package dev.scholia.render;

import java.util.List;

/**
 * A page of a source thread: its lines as they came, grouped by comment. A long thread has a page
 * per {@value dev.scholia.link.Urls#THREAD_PAGE_LINES} lines.
 *
 * @param seed the thread file, relative to the archive root
 * @param url the page, relative to the site root
 * @param page this page's number, from 1
 * @param pages how many pages the thread has
 * @param lines the line numbers the page holds, as {@code 1001–2000}
 * @param previous the page before, labelled with its lines, or {@code null} on the first
 * @param next the page after, or {@code null} on the last
 * @param comments the comments (or the parts of them) on this page, in thread order
 */
public record ThreadView(
    String seed, String url, int page, int pages, String lines, LinkView previous, LinkView next, List<ThreadView.CommentView> comments) {

  public ThreadView {
    comments = List.copyOf(comments);
  }

  /**
   * Consecutive lines of one comment: all of them, or those on this page when the comment runs
   * over from one page to the next.
   *
   * @param number the comment's number in the thread, from 1 (a line outside every comment counts
   *     as one of its own)
   * @param author the byline's handle, or {@code null}
   * @param lines its lines, byline included
   */
  public record CommentView(int number, String author, List<LineView> lines) {

    public CommentView {
      lines = List.copyOf(lines);
    }
  }

  /**
   * One line of the thread.
   *
   * @param number the 1-based line number
   * @param anchor its fragment id on the thread page ({@code L12})
   * @param kind {@code text}, {@code footnote}, {@code byline} or {@code quote}
   * @param text the line, verbatim
   * @param placedIn where the essays quote it, or {@code null}
   */
  public record LineView(int number, String anchor, String kind, String text, LinkView placedIn) {}
}
