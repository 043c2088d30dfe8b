package dev.scholia.cli;

import dev.scholia.classify.Classification;
import dev.scholia.classify.ThemeScore;
import dev.scholia.essay.SplitResult;
import dev.scholia.essay.Splitter;
import java.io.PrintWriter;
import java.util.List;

/** {@code scholia split}: the threads in seeds/ into themed essays. */
final class SplitCommand implements Command.Action {
  /** How many themes --explain lists per paragraph and per comment. */
  private static final int SHOWN_SCORES = 3;

  private static final Option EXPLAIN = Option.flag("--explain", "Print every paragraph's theme, the runner-up and the evidence.");
  private static final Option FRESH = Option.flag("--fresh", "Ignore and replace all existing essays (editors' changes are lost).");

  static final Command COMMAND =
      new Command(
          "split",
          "Split the threads in seeds/ into themed essays in content/essays/, keeping editors' work.",
          "Classifies every paragraph of seeds/ into a theme of content/themes/ and writes the essays."
              + " A paragraph an editor has already placed stays where it is.",
          List.of(RootOption.ROOT, EXPLAIN, FRESH),
          List.of(),
          new SplitCommand());

  private SplitCommand() {}

  @Override
  public void run(Arguments arguments, Terminal terminal) {
    long start = System.nanoTime();
    SplitResult result = Splitter.split(RootOption.of(arguments), arguments.flag(FRESH));
    PrintWriter out = terminal.out();
    if (arguments.flag(EXPLAIN)) {
      result.classifications().forEach(c -> explain(out, c, result));
    }
    result.written().forEach(path -> out.println("wrote " + path));
    result.removed().forEach(path -> out.println("removed " + path));
    long routed = result.classifications().size() - result.keptLines().size();
    out.printf(
        "split: %s, %d already placed, %d routed, %s written in %d ms%n",
        Plural.of(result.classifications().size(), "paragraph"),
        result.keptLines().size(),
        routed,
        Plural.of(result.written().size(), "file"),
        (System.nanoTime() - start) / 1_000_000);
  }

  private static void explain(PrintWriter out, Classification c, SplitResult result) {
    String location = c.paragraph().source().location();
    String essay = result.essayOfLine().get(location);
    out.printf(
        "%s [%s] %s (runner-up %s): %s; essay %s%s%n",
        location,
        c.comment().id(),
        c.theme(),
        c.runnerUp() == null ? "none" : c.runnerUp(),
        c.reason(),
        essay,
        result.keptLines().contains(location) ? " (already placed, kept)" : "");
    out.println("    paragraph: " + top(c.own()));
    if (c.comment().paragraphs().size() > 1) {
      out.println("    comment:   " + top(c.ofComment()));
    }
  }

  private static String top(List<ThemeScore> scores) {
    return String.join(" | ", scores.stream().limit(SHOWN_SCORES).map(ThemeScore::describe).toList());
  }
}
