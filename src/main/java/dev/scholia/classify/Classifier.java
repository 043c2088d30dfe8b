package dev.scholia.classify;

import dev.scholia.model.Comment;
import dev.scholia.model.Diagnostic;
import dev.scholia.model.Discussion;
import dev.scholia.model.Paragraph;
import dev.scholia.model.ScholiaException;
import dev.scholia.model.Theme;
import dev.scholia.segment.TermVector;
import dev.scholia.segment.TermWeights;
import dev.scholia.segment.Vocabulary;
import dev.scholia.segment.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Chooses a theme for every paragraph of a thread, deterministically and with its evidence.
 *
 * <p>Each paragraph is scored against each theme: the weights of the theme's keywords it contains,
 * plus {@link ThemeScore#SIMILARITY_WEIGHT} times the TF-IDF cosine between the paragraph and the
 * theme's own words (document frequencies come from the thread's paragraphs and the themes, so
 * a word every paragraph uses counts for little). Then, because an author's comment usually
 * argues one thing:
 *
 * <ol>
 *   <li>a comment's evidence is the sum of its paragraphs'; its best theme is the comment's theme,
 *       or the catch-all when that evidence is below {@link #MIN_EVIDENCE} (unless a neighbouring
 *       comment confirms it, see {@link #commentThemes});
 *   <li>a paragraph follows its comment's theme unless its own evidence for another theme is
 *       strong: at least {@link #STRONG} and {@link #DOMINANCE} times its evidence for the
 *       comment's theme.
 * </ol>
 *
 * Ties go to the theme that comes first in theme order, so results never depend on hashing.
 */
public final class Classifier {
  /** Below this a comment is about nothing the themes name. */
  static final double MIN_EVIDENCE = 1.5;
  /** A paragraph leaves its comment only on at least this much evidence of its own… */
  static final double STRONG = 3.0;
  /** …and only if that is this many times what it has for the comment's theme. */
  static final double DOMINANCE = 2.0;
  /** Paragraphs tokenised in parallel before their tokens are numbered. */
  private static final int TOKENISED_AT_ONCE = 1024;
  private static final String WEAK_COMMENT = String.format(Locale.ROOT, "its comment's evidence is below %.1f: catch-all", MIN_EVIDENCE);

  private final List<ThemeProfile> profiles;
  private final String catchAll;

  private Classifier(List<ThemeProfile> profiles, String catchAll) {
    this.profiles = profiles;
    this.catchAll = catchAll;
  }

  /** A classifier for {@code themes} (in display order); fails if there are none. */
  public static Classifier of(List<Theme> themes) {
    if (themes.isEmpty()) {
      throw new ScholiaException(
          Diagnostic.error("content/themes", 0, "no themes to split into")
              .withHint("add content/themes/<slug>.md with a title, description and keywords"));
    }
    List<ThemeProfile> profiles = themes.stream().map(ThemeProfile::of).toList();
    String catchAll = themes.stream().filter(Theme::catchAll).map(Theme::slug).findFirst().orElse(null);
    return new Classifier(profiles, catchAll);
  }

  /** One classification per paragraph of {@code discussion}, in thread order. */
  public List<Classification> classify(Discussion discussion) {
    List<Comment> comments = discussion.comments().stream().filter(c -> !c.paragraphs().isEmpty()).toList();
    List<Paragraph> paragraphs = comments.stream().flatMap(c -> c.paragraphs().stream()).toList();
    List<List<ThemeScore>> scores = scores(paragraphs);
    List<List<List<ThemeScore>>> own = new ArrayList<>();
    List<List<ThemeScore>> ofComment = new ArrayList<>();
    int next = 0;
    for (Comment comment : comments) {
      List<List<ThemeScore>> ofParagraphs = scores.subList(next, next + comment.paragraphs().size());
      next += comment.paragraphs().size();
      own.add(ofParagraphs);
      ofComment.add(ranked(sum(ofParagraphs)));
    }
    List<String> commentThemes = commentThemes(ofComment);
    List<Classification> out = new ArrayList<>();
    for (int c = 0; c < comments.size(); c++) {
      Comment comment = comments.get(c);
      for (int i = 0; i < comment.paragraphs().size(); i++) {
        out.add(decide(comment.paragraphs().get(i), comment, ranked(own.get(c).get(i)), ofComment.get(c), commentThemes.get(c)));
      }
    }
    return out;
  }

  /**
   * Each comment's theme: its best theme when the evidence reaches {@link #MIN_EVIDENCE}. A
   * comment with less evidence still takes its best theme when that theme matched at least one
   * keyword and a neighbouring comment (before or after) reached it with full evidence: a short
   * reply such as "I'm saying that X might well happen" continues its neighbours' topic. Anything
   * else goes to the catch-all.
   */
  private List<String> commentThemes(List<List<ThemeScore>> ofComment) {
    List<String> themes = new ArrayList<>();
    for (int c = 0; c < ofComment.size(); c++) {
      ThemeScore best = ofComment.get(c).get(0);
      boolean confident = best.total() >= MIN_EVIDENCE || catchAll == null;
      boolean supported = best.keywords() > 0 && (isConfidentIn(ofComment, c - 1, best.theme()) || isConfidentIn(ofComment, c + 1, best.theme()));
      themes.add(confident || supported ? best.theme() : catchAll);
    }
    return themes;
  }

  private static boolean isConfidentIn(List<List<ThemeScore>> ofComment, int c, String theme) {
    if (c < 0 || c >= ofComment.size()) {
      return false;
    }
    ThemeScore best = ofComment.get(c).get(0);
    return best.theme().equals(theme) && best.total() >= MIN_EVIDENCE;
  }

  private Classification decide(
      Paragraph paragraph, Comment comment, List<ThemeScore> own, List<ThemeScore> ofComment, String commentTheme) {
    ThemeScore best = own.get(0);
    double forComment = own.stream().filter(s -> s.theme().equals(commentTheme)).findFirst().map(ThemeScore::total).orElse(0.0);
    String theme;
    String reason;
    if (!best.theme().equals(commentTheme) && best.total() >= STRONG && best.total() >= DOMINANCE * forComment) {
      theme = best.theme();
      reason = "own evidence is strong enough to leave its comment";
    } else if (commentTheme.equals(catchAll) && !ofComment.get(0).theme().equals(catchAll)) {
      theme = commentTheme;
      reason = WEAK_COMMENT;
    } else if (ofComment.get(0).total() < MIN_EVIDENCE) {
      theme = commentTheme;
      reason = "weak evidence, shared by a neighbouring comment";
    } else {
      theme = commentTheme;
      reason = comment.paragraphs().size() == 1 ? "its own evidence" : "follows its comment";
    }
    String runnerUp = own.stream().map(ThemeScore::theme).filter(t -> !t.equals(theme)).findFirst().orElse(null);
    return new Classification(paragraph, comment, theme, runnerUp, own, ofComment, reason);
  }

  /**
   * Each paragraph's own evidence, in thread order. Tokenising and scoring run in parallel, since
   * paragraphs are independent given the document frequencies; numbering the tokens runs on this
   * thread, themes first and then the paragraphs in thread order, so ids (and sums taken in id
   * order) are the same every run.
   */
  private List<List<ThemeScore>> scores(List<Paragraph> paragraphs) {
    Vocabulary vocabulary = new Vocabulary();
    List<int[]> themeWords = profiles.stream().map(p -> vocabulary.ids(p.words())).toList();
    KeywordIndex keywords = KeywordIndex.of(profiles, vocabulary);
    List<int[]> tokens = new ArrayList<>();
    // A batch at a time, so only one batch's token strings are alive at once, not the whole thread's.
    for (int from = 0; from < paragraphs.size(); from += TOKENISED_AT_ONCE) {
      List<Paragraph> batch = paragraphs.subList(from, Math.min(paragraphs.size(), from + TOKENISED_AT_ONCE));
      batch.parallelStream().map(p -> Words.tokens(p.text())).toList().forEach(t -> tokens.add(vocabulary.ids(t)));
    }
    List<int[]> words = tokens.stream().map(vocabulary::contentWords).toList();
    List<int[]> corpus = new ArrayList<>(themeWords);
    corpus.addAll(words);
    TermWeights weights = new TermWeights(corpus, vocabulary.size());
    List<TermVector> themeVectors = themeWords.stream().map(weights::vector).toList();
    return IntStream.range(0, paragraphs.size())
        .parallel()
        .mapToObj(i -> score(tokens.get(i), weights.vector(words.get(i)), keywords, themeVectors))
        .toList();
  }

  /** A paragraph's evidence for each theme, in theme order. */
  private List<ThemeScore> score(int[] tokens, TermVector vector, KeywordIndex keywords, List<TermVector> themeVectors) {
    List<KeywordIndex.KeywordHits> hits = keywords.hits(tokens);
    List<ThemeScore> scores = new ArrayList<>();
    for (int t = 0; t < profiles.size(); t++) {
      double similarity = vector.cosine(themeVectors.get(t));
      scores.add(new ThemeScore(profiles.get(t).slug(), hits.get(t).score(), similarity, hits.get(t).matched()));
    }
    return scores;
  }

  private static List<ThemeScore> sum(List<List<ThemeScore>> perParagraph) {
    List<ThemeScore> total = new ArrayList<>(perParagraph.get(0));
    for (List<ThemeScore> scores : perParagraph.subList(1, perParagraph.size())) {
      for (int t = 0; t < total.size(); t++) {
        total.set(t, total.get(t).plus(scores.get(t)));
      }
    }
    return total;
  }

  /** Best first; a stable sort keeps theme order among equals. */
  private static List<ThemeScore> ranked(List<ThemeScore> scores) {
    return scores.stream().sorted(Comparator.comparingDouble(ThemeScore::total).reversed()).toList();
  }
}
