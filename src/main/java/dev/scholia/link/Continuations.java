package dev.scholia.link;

import dev.scholia.fidelity.Provenance;
import dev.scholia.model.Comment;
import dev.scholia.model.Discussion;
import dev.scholia.model.Paragraph;
import dev.scholia.model.SourceLine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a reader should be sent from one essay to another to keep following one reply. The
 * evidence is the thread's structure, never its topic:
 *
 * <ul>
 *   <li>a comment whose paragraphs the split placed in several essays continues from each part to
 *       the next. Parts opening with ordinal discourse markers ({@code Firstly,} {@code Second,}
 *       {@code Thirdly:} …) are read in ordinal order even when the thread lists them otherwise,
 *       and neighbouring comments of one author that open with such markers are read as one reply;
 *   <li>a paragraph that points at another by ordinal ({@code my second reply below},
 *       {@code my first point above}) leads to the nearest paragraph in that direction opening
 *       with that ordinal.
 * </ul>
 *
 * Only pairs in different essays become links: within an essay the reader is already there.
 */
final class Continuations {
  /** How far, in paragraphs, a pointer like "below" may reach; keeps the search linear. */
  private static final int MAX_DISTANCE = 200;

  private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth");
  private static final Pattern OPENING_ORDINAL =
      Pattern.compile("^(First|Second|Third|Fourth|Fifth)(?:ly)?\\b(?: of all)?\\s*[,:]");
  private static final Pattern POINTER =
      Pattern.compile(
          "\\bmy (first|second|third|fourth|fifth) (?:reply|comment|answer|point|post|response)\\b(?:[^.!?]*?\\b(below|above|later|earlier)\\b)?",
          Pattern.CASE_INSENSITIVE);

  private Continuations() {}

  static List<Continuation> find(List<Discussion> discussions, Provenance provenance) {
    List<Continuation> out = new ArrayList<>();
    for (Discussion discussion : discussions) {
      for (List<Paragraph> reply : replies(discussion)) {
        parts(readingOrder(reply), provenance, out);
      }
      pointers(discussion.paragraphs(), provenance, out);
    }
    return out;
  }

  /** Comments, with neighbouring comments of one author that open with ordinals joined into one reply. */
  private static List<List<Paragraph>> replies(Discussion discussion) {
    List<List<Paragraph>> replies = new ArrayList<>();
    Comment previous = null;
    for (Comment comment : discussion.comments()) {
      if (comment.paragraphs().isEmpty()) {
        continue;
      }
      boolean joins =
          previous != null
              && Objects.equals(previous.author(), comment.author())
              && ordinalOf(previous.paragraphs().get(0)) > 0
              && ordinalOf(comment.paragraphs().get(0)) > 0;
      if (joins) {
        replies.get(replies.size() - 1).addAll(comment.paragraphs());
      } else {
        replies.add(new ArrayList<>(comment.paragraphs()));
      }
      previous = comment;
    }
    return replies;
  }

  /** The reply's paragraphs with its ordinal-marked sections sorted by ordinal, the rest in place. */
  private static List<Paragraph> readingOrder(List<Paragraph> reply) {
    List<Paragraph> lead = new ArrayList<>();
    List<List<Paragraph>> sections = new ArrayList<>();
    for (Paragraph paragraph : reply) {
      if (ordinalOf(paragraph) > 0) {
        sections.add(new ArrayList<>());
      }
      (sections.isEmpty() ? lead : sections.get(sections.size() - 1)).add(paragraph);
    }
    sections.sort(Comparator.comparingInt(section -> ordinalOf(section.get(0))));
    List<Paragraph> out = new ArrayList<>(lead);
    sections.forEach(out::addAll);
    return out;
  }

  private static void parts(List<Paragraph> reading, Provenance provenance, List<Continuation> out) {
    Paragraph previous = null;
    for (Paragraph paragraph : reading) {
      String essay = essayOf(paragraph.source(), provenance);
      if (essay == null) {
        continue;
      }
      if (previous != null && !essay.equals(essayOf(previous.source(), provenance))) {
        out.add(new Continuation(Continuation.Kind.PART, previous.source(), paragraph.source()));
      }
      previous = paragraph;
    }
  }

  private static void pointers(List<Paragraph> paragraphs, Provenance provenance, List<Continuation> out) {
    for (int i = 0; i < paragraphs.size(); i++) {
      Matcher m = POINTER.matcher(paragraphs.get(i).text());
      if (!m.find()) {
        continue;
      }
      int ordinal = ORDINALS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1;
      String direction = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
      boolean down = !direction.equals("above") && !direction.equals("earlier");
      boolean up = !direction.equals("below") && !direction.equals("later");
      Paragraph target = nearest(paragraphs, i, ordinal, down, up);
      String from = essayOf(paragraphs.get(i).source(), provenance);
      if (target != null && from != null && !from.equals(essayOf(target.source(), provenance))) {
        out.add(new Continuation(Continuation.Kind.REFERENCE, paragraphs.get(i).source(), target.source()));
      }
    }
  }

  private static Paragraph nearest(List<Paragraph> paragraphs, int at, int ordinal, boolean down, boolean up) {
    for (int distance = 1; distance <= MAX_DISTANCE; distance++) {
      if (down && at + distance < paragraphs.size() && ordinalOf(paragraphs.get(at + distance)) == ordinal) {
        return paragraphs.get(at + distance);
      }
      if (up && at - distance >= 0 && ordinalOf(paragraphs.get(at - distance)) == ordinal) {
        return paragraphs.get(at - distance);
      }
    }
    return null;
  }

  /** 1 for a paragraph opening {@code Firstly,}, 2 for {@code Second,} …; 0 without such a marker. */
  static int ordinalOf(Paragraph paragraph) {
    Matcher m = OPENING_ORDINAL.matcher(paragraph.text());
    return m.find() ? ORDINALS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1 : 0;
  }

  private static String essayOf(SourceLine line, Provenance provenance) {
    Provenance.Placement placement = provenance.placementOf(line);
    return placement == null ? null : placement.essay();
  }
}
