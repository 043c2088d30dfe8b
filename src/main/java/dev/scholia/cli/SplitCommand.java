package dev.scholia.cli;

import dev.scholia.classify.Classification;
import dev.scholia.classify.ThemeScore;
import dev.scholia.essay.SplitResult;
import dev.scholia.essay.Splitter;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "split",
    description = "Split the threads in seeds/ into themed essays in content/essays/, keeping editors' work.",
    mixinStandardHelpOptions = true)
final class SplitCommand implements Callable<Integer> {
  /** How many themes --explain lists per paragraph and per comment. */
  private static final int SHOWN_SCORES = 3;

  @Mixin RootOption root;

  @Option(names = "--explain", description = "Print every paragraph's theme, the runner-up and the evidence.")
  boolean explain;

  @Option(names = "--fresh", description = "Ignore and replace all existing essays (editors' changes are lost).")
  boolean fresh;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    SplitResult result = Splitter.split(root.root, fresh);
    PrintWriter out = spec.commandLine().getOut();
    if (explain) {
      result.classifications().forEach(c -> explain(out, c, result));
    }
    result.written().forEach(path -> out.println("wrote " + path));
    result.removed().forEach(path -> out.println("removed " + path));
    long routed = result.classifications().size() - result.keptLines().size();
    out.printf(
        "split: %d paragraphs, %d already placed, %d routed, %d files written in %d ms%n",
        result.classifications().size(),
        result.keptLines().size(),
        routed,
        result.written().size(),
        (System.nanoTime() - start) / 1_000_000);
    return 0;
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
