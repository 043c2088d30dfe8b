package dev.scholia.link;

import dev.scholia.model.Diagnostic;
import dev.scholia.model.Diagnostics;
import dev.scholia.model.GlossaryTerm;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every way the glossary names its terms (the term and its aliases), indexed by first word so
 * that finding them in a text costs one lookup per word of the text, however large the glossary.
 * Matching is case-insensitive, on whole words, and a phrase may be written with spaces or
 * hyphens ({@code apparent success seeking}, {@code apparent-success-seeking}). Where forms
 * overlap, the longest wins.
 *
 * <p>Two indexes of the same names are equal, which is how a long-running session knows that the
 * mentions it found in an unchanged body still hold after a glossary edit that renamed nothing.
 *
 * @param byFirstWord each form by its first word, longest first
 */
record GlossaryIndex(Map<String, List<Form>> byFirstWord) {
  /** One way of naming a term: its words, lower case. */
  record Form(String slug, List<String> words) {}

  /**
   * A term named in a text at {@code [start, end)}.
   *
   * @param slug the term's slug
   */
  record Match(int start, int end, String slug) {}

  static GlossaryIndex of(List<GlossaryTerm> terms, Diagnostics diagnostics) {
    Map<String, List<Form>> byFirstWord = new HashMap<>();
    Map<List<String>, GlossaryTerm> owner = new HashMap<>();
    for (GlossaryTerm term : terms) {
      for (String name : Stream.concat(Stream.of(term.term()), term.aliases().stream()).toList()) {
        List<String> words = WordSpans.of(name).stream().map(WordSpans.Word::text).toList();
        if (words.isEmpty()) {
          diagnostics.add(Diagnostic.error(term.path(), 1, "`" + name + "` has no letters or digits to match in the text"));
          continue;
        }
        GlossaryTerm other = owner.putIfAbsent(words, term);
        if (other != null && other != term) {
          diagnostics.add(
              Diagnostic.error(term.path(), 1, "`" + name + "` already names the glossary term `" + other.slug() + "` (" + other.path() + ")")
                  .withHint("a word or phrase can link to one entry only; remove it from one of the two"));
        } else if (other == null) {
          byFirstWord.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(new Form(term.slug(), words));
        }
      }
    }
    byFirstWord.values().forEach(forms -> forms.sort(Comparator.comparingInt((Form f) -> -f.words().size())));
    return new GlossaryIndex(byFirstWord);
  }

  /** The terms named in {@code text}, split into {@code words}, left to right, not overlapping. */
  List<Match> find(String text, List<WordSpans.Word> words) {
    List<Match> out = new ArrayList<>();
    if (byFirstWord.isEmpty()) {
      return out;
    }
    int i = 0;
    while (i < words.size()) {
      Form form = longestAt(text, words, i);
      if (form == null) {
        i++;
      } else {
        int last = i + form.words().size() - 1;
        out.add(new Match(words.get(i).start(), words.get(last).end(), form.slug()));
        i = last + 1;
      }
    }
    return out;
  }

  private Form longestAt(String text, List<WordSpans.Word> words, int at) {
    List<Form> forms = byFirstWord.get(words.get(at).text());
    if (forms == null) {
      // Most words start no term. Returning here, rather than looping over an empty list, spares
      // an iterator per word of every essay: C1, which bin/scholia runs, allocates each one.
      return null;
    }
    for (Form form : forms) {
      if (matches(text, words, at, form.words())) {
        return form;
      }
    }
    return null;
  }

  private static boolean matches(String text, List<WordSpans.Word> words, int at, List<String> phrase) {
    if (at + phrase.size() > words.size()) {
      return false;
    }
    for (int k = 1; k < phrase.size(); k++) {
      WordSpans.Word word = words.get(at + k);
      if (!word.text().equals(phrase.get(k)) || !WordSpans.joined(text, words.get(at + k - 1), word)) {
        return false;
      }
    }
    return true;
  }
}
