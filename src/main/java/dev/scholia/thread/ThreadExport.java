package dev.scholia.thread;

import dev.scholia.model.SourceLine;
import java.util.List;

/**
 * A JSON thread export as lines of the plain-text form, plus the export's own comment ids.
 *
 * @param lines the thread's plain-text form: per comment a byline, its body's paragraphs and notes,
 *     and a blank line between comments
 * @param ids the id of each comment that has a body, in order
 */
public record ThreadExport(List<SourceLine> lines, List<String> ids) {

  public ThreadExport {
    lines = List.copyOf(lines);
    ids = List.copyOf(ids);
  }
}
