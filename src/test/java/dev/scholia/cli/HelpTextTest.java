package dev.scholia.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HelpTextTest {
  /** Every verb of the tree by how it is invoked, {@code scholia new essay} included. */
  private static Map<String, Verb> everyVerb() {
    Map<String, Verb> verbs = new LinkedHashMap<>();
    collect(Main.SCHOLIA, Main.NAME, verbs);
    return verbs;
  }

  private static void collect(Verb verb, String invoked, Map<String, Verb> into) {
    into.put(invoked, verb);
    if (verb instanceof CommandGroup group) {
      group.verbs().forEach(v -> collect(v, invoked + " " + v.name(), into));
    }
  }

  private static String help(Verb verb, String invoked) {
    StringWriter text = new StringWriter();
    HelpText.help(verb, invoked, new PrintWriter(text));
    return text.toString();
  }

  @Test
  void everyHelpFitsEightyColumns() {
    everyVerb().forEach((invoked, verb) -> help(verb, invoked).lines().forEach(line ->
        assertTrue(line.length() <= HelpText.WIDTH, invoked + ": " + line)));
  }

  @Test
  void everyHelpNamesEachOptionParameterAndCommandWithItsDescription() {
    everyVerb().forEach((invoked, verb) -> {
      String help = help(verb, invoked).replaceAll("\\s+", " ");
      if (verb instanceof Command command) {
        command.options().forEach(o -> assertTrue(help.contains(o.synopsis() + " " + o.description()), invoked + " lacks " + o.name()));
        command.parameters().forEach(p -> assertTrue(help.contains(p.synopsis() + " " + p.description()), invoked + " lacks " + p.label()));
      } else {
        ((CommandGroup) verb).verbs().forEach(v -> assertTrue(help.contains(v.name() + " " + v.summary()), invoked + " lacks " + v.name()));
      }
      assertTrue(help.contains("-h, --help"), invoked);
    });
  }

  @Test
  void onlyTheTopOfTheTreeOffersTheVersion() {
    everyVerb().forEach((invoked, verb) -> assertEquals(verb == Main.SCHOLIA, help(verb, invoked).contains("--version"), invoked));
  }

  @Test
  void theUsageLineShowsRequiredOptionsBareAndTheOthersInBrackets() {
    Verb essay = ((CommandGroup) Main.SCHOLIA.choose("new")).choose("essay");
    assertTrue(help(essay, "scholia new essay").contains("Usage: scholia new essay TITLE --theme SLUG [--slug SLUG] [--root DIR]\n"));
  }

  @Test
  void defaultsAndRequiredOptionsAreSaidInTheDescription() {
    String serve = help(Main.SCHOLIA.choose("serve"), "scholia serve").replaceAll("\\s+", " ");
    assertTrue(serve.contains("(default: 8000)"), serve);
    String essay = help(((CommandGroup) Main.SCHOLIA.choose("new")).choose("essay"), "x").replaceAll("\\s+", " ");
    assertTrue(essay.contains("(required)"), essay);
  }

  @Test
  void wrappingFillsLinesGreedilyAndKeepsAnOverlongItemWhole() {
    assertEquals(List.of("aa bb", "cc"), HelpText.wrap(List.of("aa", "bb", "cc"), 5));
    assertEquals(List.of("a", "longer-than-width", "b"), HelpText.wrap(List.of("a", "longer-than-width", "b"), 5));
  }
}
