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
 * The view of a thread page: every line of the file in order, blank lines aside, grouped into the
 * comments the segmenter found (a line it left out of every comment still shows, on its own), each
 * with the essay paragraph that quotes it.
 */
final class ThreadPage {
  private ThreadPage() {}

  static ThreadView view(Discussion discussion, Provenance provenance, Function<String, String> essayTitles) {
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
    List<ThreadView.CommentView> comments = new ArrayList<>();
    List<ThreadView.LineView> current = new ArrayList<>();
    Comment currentComment = null;
    for (SourceLine line : discussion.lines()) {
      if (line.kind() == LineKind.BLANK) {
        continue;
      }
      Comment comment = commentOf.get(line);
      if (!current.isEmpty() && (comment == null || comment != currentComment)) {
        comments.add(new ThreadView.CommentView(currentComment == null ? null : currentComment.author(), current));
        current = new ArrayList<>();
      }
      currentComment = comment;
      current.add(new ThreadView.LineView(line.line(), Urls.lineAnchor(line.line()), line.kind().label(), line.text(), placedIn(line, provenance, essayTitles)));
    }
    if (!current.isEmpty()) {
      comments.add(new ThreadView.CommentView(currentComment == null ? null : currentComment.author(), current));
    }
    return new ThreadView(discussion.seed(), Urls.thread(discussion.seed()), comments);
  }

  private static LinkView placedIn(SourceLine line, Provenance provenance, Function<String, String> essayTitles) {
    Provenance.Placement placement = provenance.placementOf(line);
    if (placement == null) {
      return null;
    }
    return new LinkView(essayTitles.apply(placement.essay()), Urls.essay(placement.essay()) + "index.html#" + placement.anchor());
  }
}
