package dev.scholia.cli;

import java.util.List;

/**
 * Commands chosen by the next word: {@code scholia} itself ({@code scholia build}) and {@code new}
 * ({@code new essay}, {@code new term}).
 *
 * @param verbs in the order the usage lists them
 */
record CommandGroup(String name, String summary, String details, List<Verb> verbs) implements Verb {
  CommandGroup {
    verbs = List.copyOf(verbs);
  }

  /** The verb named {@code word}; an unknown word is a usage error that offers the closest names. */
  Verb choose(String word) {
    for (Verb verb : verbs) {
      if (verb.name().equals(word)) {
        return verb;
      }
    }
    throw UsageException.unknown("command", word, names());
  }

  List<String> names() {
    return verbs.stream().map(Verb::name).toList();
  }
}
