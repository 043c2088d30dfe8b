package dev.scholia.cli;

/** A count with its noun, as the summaries print it: "1 essay", "2 essays", "0 files". */
final class Plural {
  private Plural() {}

  /** {@code noun} takes an "s" for any count but one; every noun the CLI counts does. */
  static String of(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
