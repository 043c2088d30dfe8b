package dev.scholia.cli;

/**
 * A positional parameter a command declares, such as the {@code TITLE} of {@code new essay}.
 *
 * @param label what it is, in capitals as the usage shows it
 * @param description one sentence for the help
 * @param variadic whether it takes every remaining word, none at all included (only the last
 *     parameter may); otherwise exactly one word is required
 */
record Parameter(String label, String description, boolean variadic) {
  static Parameter one(String label, String description) {
    return new Parameter(label, description, false);
  }

  static Parameter anyNumber(String label, String description) {
    return new Parameter(label, description, true);
  }

  /** As the usage shows it: {@code TITLE}, or {@code [COMMAND...]} when any number may be given. */
  String synopsis() {
    return variadic ? "[" + label + "...]" : label;
  }
}
