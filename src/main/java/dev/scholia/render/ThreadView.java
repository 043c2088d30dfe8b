package dev.scholia.render;

import java.util.List;

/**
 * A source thread as its page shows it: every line as it came, grouped by comment.
 *
 * @param seed the thread file, relative to the archive root
 * @param url the page, relative to the site root
 * @param comments the comments in thread order
 */
public record ThreadView(String seed, String url, List<ThreadView.CommentView> comments) {

  public ThreadView {
    comments = List.copyOf(comments);
  }

  /**
   * Consecutive lines of one comment.
   *
   * @param author the byline's handle, or {@code null}
   * @param lines its lines, byline included
   */
  public record CommentView(String author, List<LineView> lines) {

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
