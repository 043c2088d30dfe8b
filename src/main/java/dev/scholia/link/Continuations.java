package dev.scholia.link;

import dev.scholia.fidelity.Provenance;
import dev.scholia.model.Comment;
import dev.scholia.model.Discussion;
import dev.scholia.model.Paragraph;
import dev.scholia.model.SourceLine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a reader should be sent from one essay to another to keep following one reply. The
 * evidence is the thread's structure, never its topic:
 *
 * <ul>
 *   <li>a comment whose paragraphs the split placed in several essays continues from each part to
 *       the next. Sections opening with ordinal discourse markers ({@code Firstly,} {@code Second,}
 *       {@code Thirdly:} …) are read in ordinal order even when the thread lists them otherwise;
 *   <li>a comment opening with an ordinal ({@code Second,}) continues from the end of the nearest
 *       section of the same author (the last byline before each comment) opening with the ordinal before it ({@code Firstly,}), when
 *       the thread put the two in separate comments;
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
      List<Paragraph> paragraphs = discussion.paragraphs();
      Map<Paragraph, Comment> commentOf = new IdentityHashMap<>();
      discussion.comments().forEach(c -> c.paragraphs().forEach(p -> commentOf.put(p, c)));
      for (Comment comment : discussion.comments()) {
        parts(readingOrder(comment.paragraphs()), provenance, out);
      }
      series(paragraphs, commentOf, authors(discussion), provenance, out);
      pointers(paragraphs, provenance, out);
    }
    return out;
  }

  /** A comment's paragraphs with its ordinal-marked sections sorted by ordinal, the rest in place. */
  private static List<Paragraph> readingOrder(List<Paragraph> reply) {
    List<Paragraph> lead = new ArrayList<>();
    List<List<Paragraph>> sections = sections(reply, lead);
    sections.sort(Comparator.comparingInt(section -> ordinalOf(section.get(0))));
    List<Paragraph> out = new ArrayList<>(lead);
    sections.forEach(out::addAll);
    return out;
  }

  /** Splits a comment at each paragraph opening with an ordinal; what comes before goes to {@code lead}. */
  private static List<List<Paragraph>> sections(List<Paragraph> comment, List<Paragraph> lead) {
    List<List<Paragraph>> sections = new ArrayList<>();
    for (Paragraph paragraph : comment) {
      if (ordinalOf(paragraph) > 0) {
        sections.add(new ArrayList<>());
      }
      (sections.isEmpty() ? lead : sections.get(sections.size() - 1)).add(paragraph);
    }
    return sections;
  }

  /**
   * Sections of one author's reply that the thread split into separate comments: a comment opening
   * {@code Second,} continues from the end of the nearest {@code Firstly,} section of the same
   * author in another comment, before or after it in the thread.
   */
  private static void series(
      List<Paragraph> paragraphs, Map<Paragraph, Comment> commentOf, Map<Comment, String> authors, Provenance provenance, List<Continuation> out) {
    for (int i = 0; i < paragraphs.size(); i++) {
      Paragraph next = paragraphs.get(i);
      Comment comment = commentOf.get(next);
      int ordinal = ordinalOf(next);
      if (ordinal < 2 || comment.paragraphs().get(0) != next) {
        continue;
      }
      Paragraph previous =
          nearest(paragraphs, i, p -> ordinalOf(p) == ordinal - 1 && commentOf.get(p) != comment
              && Objects.equals(authors.get(commentOf.get(p)), authors.get(comment)), true, true);
      if (previous != null) {
        List<Paragraph> section = sectionOf(commentOf.get(previous).paragraphs(), previous);
        parts(List.of(section.get(section.size() - 1), next), provenance, out);
      }
    }
  }

  /**
   * Who wrote each comment as far as the thread tells: its byline, else the last byline before it
   * (a thread without blank lines signs a reply once, and the segmenter may cut it into several
   * comments), else nobody ({@code ""}).
   */
  private static Map<Comment, String> authors(Discussion discussion) {
    Map<Comment, String> out = new IdentityHashMap<>();
    String last = "";
    for (Comment comment : discussion.comments()) {
      last = comment.author() != null ? comment.author() : last;
      out.put(comment, last);
    }
    return out;
  }

  private static List<Paragraph> sectionOf(List<Paragraph> comment, Paragraph opener) {
    for (List<Paragraph> section : sections(comment, new ArrayList<>())) {
      if (section.get(0) == opener) {
        return section;
      }
    }
    return List.of(opener);
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
      String text = paragraphs.get(i).text();
      // A cheap test first: the regular expression is case-insensitive, and most paragraphs have no "my ".
      if (!text.contains("my ") && !text.contains("My ") && !text.contains("MY ")) {
        continue;
      }
      Matcher m = POINTER.matcher(text);
      if (!m.find()) {
        continue;
      }
      int ordinal = ORDINALS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1;
      String direction = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
      boolean down = !direction.equals("above") && !direction.equals("earlier");
      boolean up = !direction.equals("below") && !direction.equals("later");
      Paragraph target = nearest(paragraphs, i, p -> ordinalOf(p) == ordinal, down, up);
      String from = essayOf(paragraphs.get(i).source(), provenance);
      if (target != null && from != null && !from.equals(essayOf(target.source(), provenance))) {
        out.add(new Continuation(Continuation.Kind.REFERENCE, paragraphs.get(i).source(), target.source()));
      }
    }
  }

  /** The paragraph nearest to {@code at} in the allowed directions that passes {@code test}, or null. */
  private static Paragraph nearest(List<Paragraph> paragraphs, int at, Predicate<Paragraph> test, boolean down, boolean up) {
    for (int distance = 1; distance <= MAX_DISTANCE; distance++) {
      if (down && at + distance < paragraphs.size() && test.test(paragraphs.get(at + distance))) {
        return paragraphs.get(at + distance);
      }
      if (up && at - distance >= 0 && test.test(paragraphs.get(at - distance))) {
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
