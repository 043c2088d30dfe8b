package dev.scholia.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class WordsTest {
  /** The tokeniser {@link Words#tokens} replaced: its character loop must find the same words. */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)*");

  private static List<String> byRegex(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text.replace('’', '\'').toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(Words.stem(m.group()));
    }
    return out;
  }

  @Test
  void wordsAreLowerCasedStemmedAndSplitAtPunctuation() {
    assertEquals(List.of("self", "report", "it", "o'clock", "city", "don't", "2", "x"), Words.tokens("Self-reports: it’s O'Clock, cities… DON'T 2 x"));
  }

  @Test
  void anApostropheJoinsLettersButNotDigits() {
    String text = "rock'n'roll it's9 9's '90s ab' 'quoted' l'été n'2 a''b";
    assertEquals(byRegex(text), Words.tokens(text));
  }

  @Test
  void lettersAndNumbersBeyondAsciiAreWords() {
    String text = "Ärger Ⅻ ½ naïve 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ΣΊΣΥΦΟΣ’Σ İstanbul ǅemal ١٢٣ \uD800 x";
    assertEquals(byRegex(text), Words.tokens(text));
  }

  @Property
  void tokensAreWhatTheRegularExpressionFound(@ForAll("texts") String text) {
    assertEquals(byRegex(text), Words.tokens(text));
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<Character> tricky = Arbitraries.of('a', 'Z', 's', '\'', '’', ' ', '-', '1', 'é', 'İ', 'Σ', 'Ⅻ', '½', '\u0307', '.');
    return Arbitraries.oneOf(
        tricky.list().ofMaxSize(30).map(cs -> cs.stream().map(String::valueOf).reduce("", String::concat)),
        Arbitraries.strings().ofMaxLength(40));
  }
}
