package dev.scholia.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  private static final List<String> COMMANDS = List.of("build", "check", "split", "serve", "new", "help");

  @Test
  void aSwapOfNeighbouringLettersIsOneEdit() {
    assertEquals(1, Suggestions.distance("biuld", "build"));
    assertEquals(1, Suggestions.distance("nwe", "new"));
    assertEquals(List.of("build"), Suggestions.closest("bulid", COMMANDS));
  }

  @Test
  void aMissingExtraOrWrongLetterIsOneEdit() {
    assertEquals(List.of("check"), Suggestions.closest("chek", COMMANDS));
    assertEquals(List.of("serve"), Suggestions.closest("serv", COMMANDS));
    assertEquals(List.of("help"), Suggestions.closest("hepl", COMMANDS));
  }

  @Test
  void aShortWordReachesOnlyOneEditSoUnrelatedNamesAreNotOffered() {
    assertEquals(List.of(), Suggestions.closest("bake", COMMANDS));
    assertEquals(List.of("new"), Suggestions.closest("ne", COMMANDS));
  }

  @Test
  void aLongerWordReachesTwoEdits() {
    assertEquals(List.of("--explain"), Suggestions.closest("--explian", List.of("--root", "--explain", "--fresh")));
    assertEquals(List.of("--explain"), Suggestions.closest("--expalin", List.of("--root", "--explain", "--fresh")));
  }

  @Test
  void leadingDashesDoNotCount() {
    assertEquals(List.of("--version"), Suggestions.closest("version", List.of("--help", "--version")));
    assertEquals(List.of("--root"), Suggestions.closest("-root", List.of("--root", "--out")));
  }

  @Test
  void theClosestComesFirst() {
    assertEquals(List.of("serve", "server"), Suggestions.closest("serve", List.of("server", "serve")));
  }
}
