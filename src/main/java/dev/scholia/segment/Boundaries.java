package dev.scholia.segment;

import dev.scholia.model.LineKind;
import dev.scholia.model.SourceLine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Infers where comments begin inside a run of prose that the thread does not mark. Each rule
 * looks at the next paragraph and the comment being built, and the first rule that applies wins:
 *
 * <ol>
 *   <li>a quoted fragment opens a comment (a reply quotes its parent first), unless it follows
 *       another quote; the paragraph right after a quote continues its comment;
 *   <li>a first enumeration item ("Firstly", "For one thing") opens a comment;
 *   <li>a later item ("Second", "Finally") continues a comment that holds an earlier item and
 *       none as late, and otherwise opens one (an author answering point two in a separate reply);
 *   <li>a connective opening ("Therefore", "This means", "(Moreover") continues the comment;
 *   <li>otherwise topic continuity decides: the paragraph continues the comment when its TF-IDF
 *       cosine with the comment's last two paragraphs reaches {@link #CONTINUITY}.
 * </ol>
 */
final class Boundaries {
  /** Paragraphs of one comment on one subject share rarer words; replies to others often do not. */
  static final double CONTINUITY = 0.12;

  /** Each prose line's content words, as ids: a line is tokenised once, not once per comparison. */
  private final Map<SourceLine, int[]> wordsOf = new HashMap<>();
  private final TermWeights weights;

  /** @param prose every prose line of the thread: the corpus of document frequencies */
  Boundaries(List<SourceLine> prose) {
    Vocabulary vocabulary = new Vocabulary();
    prose.forEach(line -> wordsOf.put(line, vocabulary.ids(Words.contentWords(line.text()))));
    this.weights = new TermWeights(prose.stream().map(wordsOf::get).toList(), vocabulary.size());
  }

  /** Splits consecutive prose lines into the comments they most likely form. */
  List<List<SourceLine>> split(List<SourceLine> prose) {
    List<List<SourceLine>> comments = new ArrayList<>();
    List<SourceLine> current = new ArrayList<>();
    for (SourceLine line : prose) {
      if (!current.isEmpty() && opens(current, line)) {
        comments.add(current);
        current = new ArrayList<>();
      }
      current.add(line);
    }
    if (!current.isEmpty()) {
      comments.add(current);
    }
    return comments;
  }

  private boolean opens(List<SourceLine> comment, SourceLine next) {
    SourceLine last = comment.get(comment.size() - 1);
    if (next.kind() == LineKind.QUOTE) {
      return last.kind() != LineKind.QUOTE;
    }
    if (last.kind() == LineKind.QUOTE) {
      return false;
    }
    Optional<Integer> ordinal = Openers.ordinal(next.text());
    if (ordinal.isPresent()) {
      int position = ordinal.get();
      List<Integer> items = comment.stream().flatMap(l -> Openers.ordinal(l.text()).stream()).toList();
      boolean continuesList = items.stream().anyMatch(p -> p < position) && items.stream().noneMatch(p -> p >= position);
      return position == 1 || !continuesList;
    }
    if (Openers.continues(next.text())) {
      return false;
    }
    return continuity(comment, next) < CONTINUITY;
  }

  private double continuity(List<SourceLine> comment, SourceLine next) {
    int[] recent =
        comment.subList(Math.max(0, comment.size() - 2), comment.size()).stream()
            .flatMapToInt(line -> IntStream.of(wordsOf.get(line)))
            .toArray();
    return weights.vector(recent).cosine(weights.vector(wordsOf.get(next)));
  }
}
