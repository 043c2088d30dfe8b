package dev.scholia.bench;

import dev.scholia.bench.Corpus.Essay;
import dev.scholia.bench.Corpus.Note;
import dev.scholia.bench.Corpus.Paragraph;
import dev.scholia.bench.Corpus.Style;
import dev.scholia.bench.Corpus.Term;
import dev.scholia.bench.Corpus.Theme;
import dev.scholia.bench.Corpus.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Makes a {@link Corpus} of {@code n} essays shaped like the corpus Hugo's figures in issue #7
 * were measured on: 6-12 paragraphs of 40-120 words, 1-3 footnotes, 2-4 links to other essays, a
 * heading, emphasis, inline code and a blockquote; plus themes with keywords and glossary terms
 * that the text mentions. The same {@code n} always gives the same corpus.
 */
final class CorpusGenerator {
  static final int THEMES = 12;
  static final int TERMS = 200;
  private static final long SEED = 20_260_707L;

  private final SplittableRandom random = new SplittableRandom(SEED);
  private final Prose prose = new Prose(random, 8_000);
  private final Prose names = new Prose(new SplittableRandom(SEED + 1), 100);
  private final Set<String> slugs = new HashSet<>();

  /** The corpus of {@code n} essays; {@code n} may be 0 for a thread-only root. */
  static Corpus essays(int n) {
    return new CorpusGenerator().generate(n, Integer.MAX_VALUE);
  }

  /** Just enough comments to hold {@code paragraphs} paragraphs, as essays not yet written. */
  static Corpus paragraphs(int paragraphs) {
    return new CorpusGenerator().generate(Integer.MAX_VALUE, paragraphs);
  }

  private Corpus generate(int essays, int paragraphLimit) {
    List<Theme> themes = themes();
    List<Term> terms = terms();
    List<String> essaySlugs = new ArrayList<>();
    List<Essay> out = new ArrayList<>();
    int paragraphs = 0;
    for (int i = 0; i < essays && paragraphs < paragraphLimit; i++) {
      Essay essay = essay(i, themes.get(i % THEMES), terms, Math.min(12, paragraphLimit - paragraphs));
      out.add(essay);
      essaySlugs.add(essay.slug());
      paragraphs += essay.paragraphs().size();
    }
    if (paragraphLimit == Integer.MAX_VALUE) {
      out = out.stream().map(e -> withLinks(e, essaySlugs)).toList();
    }
    return new Corpus(themes, terms, out);
  }

  private List<Theme> themes() {
    List<Theme> themes = new ArrayList<>();
    for (int t = 0; t < THEMES; t++) {
      boolean catchAll = t == THEMES - 1;
      String title = catchAll ? "Miscellany" : prose.title(2);
      List<String> keywords = new ArrayList<>();
      while (!catchAll && keywords.size() < 10) {
        keywords.add(names.word(3));
      }
      themes.add(new Theme(unique(title), title, prose.sentence(12, 20), keywords, catchAll));
    }
    return themes;
  }

  private List<Term> terms() {
    List<Term> terms = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    while (terms.size() < TERMS) {
      String phrase = names.word(2) + " " + names.word(2);
      if (seen.add(phrase)) {
        String term = Prose.capitalise(phrase);
        terms.add(new Term(unique(term), term, phrase + "s", prose.sentence(20, 40)));
      }
    }
    return terms;
  }

  private Essay essay(int index, Theme theme, List<Term> terms, int maxParagraphs) {
    String title = prose.title(prose.between(3, 6));
    int count = Math.min(maxParagraphs, prose.between(6, 12));
    int notes = prose.between(1, 3);
    List<Paragraph> paragraphs = new ArrayList<>();
    for (int p = 0; p < count; p++) {
      boolean quote = p == 1;
      List<Token> tokens = new ArrayList<>();
      prose.sentences(quote ? prose.between(15, 40) : prose.between(40, 120)).forEach(w -> tokens.add(new Token(w)));
      if (!quote) {
        mention(tokens, theme, terms);
      }
      paragraphs.add(new Paragraph(quote, tokens, List.of()));
    }
    paragraphs = decorate(paragraphs, notes);
    return new Essay(
        unique(title) + "-" + index,
        title,
        theme.slug(),
        prose.sentence(12, 24),
        names.word(2) + "_" + index,
        prose.title(prose.between(2, 5)),
        paragraphs);
  }

  /** Theme keywords (evidence for the classifier) and now and then a glossary term. */
  private void mention(List<Token> tokens, Theme theme, List<Term> terms) {
    for (int k = prose.between(1, 3); k > 0 && !theme.catchAll(); k--) {
      tokens.add(1 + random.nextInt(tokens.size() - 1), new Token(prose.pick(theme.keywords())));
    }
    if (random.nextInt(3) == 0) {
      Term term = prose.pick(terms);
      String[] words = (random.nextBoolean() ? term.term().toLowerCase(java.util.Locale.ROOT) : term.alias()).split(" ");
      int at = 1 + random.nextInt(tokens.size() - 1);
      tokens.add(at, new Token(words[1]));
      tokens.add(at, new Token(words[0]));
    }
  }

  /** Footnote markers, one emphasis per prose paragraph and one inline code span per essay. */
  private List<Paragraph> decorate(List<Paragraph> paragraphs, int notes) {
    List<Paragraph> out = new ArrayList<>();
    int note = 0;
    boolean code = false;
    for (int p = 0; p < paragraphs.size(); p++) {
      Paragraph paragraph = paragraphs.get(p);
      if (paragraph.quote()) {
        out.add(paragraph);
        continue;
      }
      List<Token> tokens = new ArrayList<>(paragraph.tokens());
      style(tokens, Style.EMPHASIS);
      if (!code) {
        code = style(tokens, Style.CODE);
      }
      List<Note> attached = new ArrayList<>();
      boolean carries = p == 0 || random.nextInt(3) == 0 || paragraphs.size() - p <= notes - note;
      if (note < notes && carries) {
        int at = spot(tokens);
        if (at >= 0) {
          note++;
          Token t = tokens.get(at);
          tokens.set(at, new Token(t.word(), t.style(), t.link(), note));
          attached.add(new Note(note, prose.sentence(10, 30)));
        }
      }
      out.add(new Paragraph(false, tokens, attached));
    }
    return out;
  }

  private boolean style(List<Token> tokens, Style style) {
    int at = spot(tokens);
    if (at < 0) {
      return false;
    }
    tokens.set(at, new Token(tokens.get(at).word(), style, null, 0));
    return true;
  }

  /** A random plain, undecorated token that is not the paragraph's last, or -1. */
  private int spot(List<Token> tokens) {
    for (int attempt = 0; attempt < 20; attempt++) {
      int at = 1 + random.nextInt(tokens.size() - 2);
      if (tokens.get(at).decorable()) {
        return at;
      }
    }
    return -1;
  }

  /** Two to four links, each over two adjacent words, to other essays. */
  private Essay withLinks(Essay essay, List<String> all) {
    List<Paragraph> paragraphs = new ArrayList<>(essay.paragraphs());
    int links = all.size() < 2 ? 0 : prose.between(2, 4);
    for (int placed = 0, attempts = 0; placed < links && attempts < 100; attempts++) {
      int p = random.nextInt(paragraphs.size());
      Paragraph paragraph = paragraphs.get(p);
      if (paragraph.quote()) {
        continue;
      }
      List<Token> tokens = new ArrayList<>(paragraph.tokens());
      int at = 1 + random.nextInt(tokens.size() - 3);
      if (!tokens.get(at).decorable() || !tokens.get(at + 1).decorable()) {
        continue;
      }
      String target = all.get(random.nextInt(all.size()));
      if (target.equals(essay.slug())) {
        continue;
      }
      tokens.set(at, new Token(tokens.get(at).word(), Style.LINK_START, target, 0));
      tokens.set(at + 1, new Token(tokens.get(at + 1).word(), Style.LINK_END, target, 0));
      paragraphs.set(p, new Paragraph(false, tokens, paragraph.notes()));
      placed++;
    }
    return new Essay(
        essay.slug(), essay.title(), essay.theme(), essay.summary(), essay.author(), essay.heading(), paragraphs);
  }

  private String unique(String title) {
    String slug = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    // Room for the index suffix within the 100-character slug limit.
    slug = slug.substring(0, Math.min(slug.length(), 60)).replaceAll("-$", "");
    String candidate = slug;
    for (int i = 2; !slugs.add(candidate); i++) {
      candidate = slug + "-" + i;
    }
    return candidate;
  }
}
