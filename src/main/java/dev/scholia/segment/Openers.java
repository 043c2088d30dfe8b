package dev.scholia.segment;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a paragraph opens, as a signal for where comments begin: discourse markers that start an
 * enumeration ("Firstly", "For one thing"), that continue one ("Second", "Finally") and
 * connectives that lean on the paragraph before ("Therefore", "This means", "(Moreover…").
 * These are words of English discourse, the same for any thread.
 */
public final class Openers {
  /** Position of an enumeration item: 1 for "Firstly", 2 for "Second", … */
  private static final List<String[]> ORDINALS =
      List.of(
          new String[] {"1", "first", "firstly", "first of all", "for one thing", "to begin with", "to start with", "most obviously", "most importantly"},
          new String[] {"2", "second", "secondly", "for another thing", "for another"},
          new String[] {"3", "third", "thirdly"},
          new String[] {"4", "fourth", "fourthly"},
          new String[] {"5", "fifth", "fifthly"});

  private static final List<String> FINAL = List.of("finally", "lastly", "last", "last but not least");

  private static final List<String> CONNECTIVES =
      List.of(
          "therefore", "thus", "hence", "so", "and", "but", "or", "also", "moreover", "furthermore",
          "additionally", "besides", "in particular", "analogously", "similarly", "likewise",
          "this", "that", "these", "those", "which", "it", "of course", "crucially", "add to that",
          "in other words", "for example", "for instance", "e.g.", "i.e.", "that is", "consequently",
          "as a result", "in fact", "indeed", "meanwhile", "otherwise", "instead", "still", "yet",
          "then", "nevertheless", "nonetheless", "even so", "at the same time");

  private static final Pattern LEAD = Pattern.compile("^[(\\[\"“‘']*([\\p{L}.]+(?:[ ’'][\\p{L}.]+){0,3})");

  private Openers() {}

  /**
   * The enumeration position a paragraph opens with ({@code 1} for "Firstly, …"), if any; a
   * closing item ("Finally") counts as {@link Integer#MAX_VALUE}.
   */
  public static Optional<Integer> ordinal(String text) {
    String lead = lead(text);
    for (String[] level : ORDINALS) {
      for (int i = 1; i < level.length; i++) {
        if (startsWithPhrase(lead, level[i])) {
          return Optional.of(Integer.parseInt(level[0]));
        }
      }
    }
    return FINAL.stream().anyMatch(p -> startsWithPhrase(lead, p)) ? Optional.of(Integer.MAX_VALUE) : Optional.empty();
  }

  /** Whether a paragraph opens by leaning on what came before it. */
  public static boolean continues(String text) {
    if (text.stripLeading().startsWith("(")) {
      return true;
    }
    String lead = lead(text);
    return CONNECTIVES.stream().anyMatch(p -> startsWithPhrase(lead, p));
  }

  /** The paragraph's first few words, lower-case, with leading brackets and quotes removed. */
  private static String lead(String text) {
    Matcher m = LEAD.matcher(text.strip().replace('’', '\''));
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
  }

  private static boolean startsWithPhrase(String lead, String phrase) {
    if (!lead.startsWith(phrase)) {
      return false;
    }
    // "that's" and "this" count, "thatch" and "thistle" do not.
    return lead.length() == phrase.length() || !Character.isLetter(lead.charAt(phrase.length()));
  }
}
