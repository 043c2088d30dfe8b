package dev.scholia.bench;

import dev.scholia.testing.TestFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark of issue #7, driven by {@code bench/run.sh}: generates corpora (cached under the
 * work folder), times {@code scholia build} on the seed archive and on N generated essays, the
 * same essays as a Hugo site when {@code hugo} is installed, and {@code scholia split} of a
 * 40,000-paragraph thread when the jar has that command. Prints a Markdown table and writes it to
 * {@code results.md} in the work folder.
 *
 * <p>Settings come from system properties so the script stays a one-liner: {@code bench.jar},
 * {@code bench.work}, {@code bench.seed} (the archive root holding the seed), {@code bench.sizes}
 * (comma separated), {@code bench.runs}, {@code bench.splitParagraphs}.
 */
public final class RunBenchmarks {
  /** Bump when the generator's output changes, so cached corpora are made again. */
  private static final String CORPUS_VERSION = "1";

  private final Path jar = Path.of(System.getProperty("bench.jar", "target/scholia.jar")).toAbsolutePath();
  private final Path work = Path.of(System.getProperty("bench.work", "target/bench")).toAbsolutePath();
  private final Path seed = Path.of(System.getProperty("bench.seed", ".")).toAbsolutePath().normalize();
  private final int runs = Integer.getInteger("bench.runs", 5);
  private final int splitParagraphs = Integer.getInteger("bench.splitParagraphs", 40_000);
  private final List<Integer> sizes =
      Arrays.stream(System.getProperty("bench.sizes", "1000,4000,16000").split(","))
          .map(String::strip)
          .filter(s -> !s.isEmpty())
          .map(Integer::valueOf)
          .toList();
  private final List<String> rows = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    new RunBenchmarks().run();
  }

  private void run() throws IOException, InterruptedException {
    Files.createDirectories(work);
    boolean hugo = Tools.onPath("hugo");
    rows.add("| case | command | wall (median) | CPU (user+sys) | peak RSS | wall / Hugo's |");
    rows.add("|---|---|---|---|---|---|");
    for (Launcher launcher : launchers()) {
      Timing seedBuild =
          Timing.measure(
              "seed-" + launcher.name(), launcher.command("build", seed, work.resolve("seed-site")), null, 2, Math.max(runs, 10), work);
      row("seed archive", launcher.shown() + " build", seedBuild, null);
    }
    for (int n : sizes) {
      Path corpus = corpus(n);
      // The largest corpus takes minutes a run: half the runs, still after a warm-up.
      int timedRuns = n > 8_000 ? Math.max(1, runs / 2) : runs;
      String what = String.format(Locale.ROOT, "%,d essays", n);
      Timing reference =
          hugo
              ? Timing.measure(
                  "hugo-" + n,
                  "hugo --quiet -s " + quote(corpus.resolve("hugo")) + " -d " + quote(corpus.resolve("hugo-public")),
                  null, 1, timedRuns, work)
              : null;
      for (Launcher launcher : launchers()) {
        Timing scholia =
            Timing.measure(
                "build-" + n + "-" + launcher.name(),
                launcher.command("build", corpus.resolve("root"), corpus.resolve("site")),
                null, 1, timedRuns, work);
        row(what, launcher.shown() + " build", scholia, reference);
      }
      if (reference != null) {
        row(what, "hugo", reference, null);
      }
    }
    if (Tools.jarHasCommand(jar, "split")) {
      Path root = threadRoot(splitParagraphs);
      for (Launcher launcher : launchers()) {
        Timing split =
            Timing.measure(
                "split-" + splitParagraphs + "-" + launcher.name(),
                launcher.command("split", root, null),
                "rm -rf " + quote(root.resolve("content/essays")),
                1, runs, work);
        row(String.format(Locale.ROOT, "%,d-paragraph thread", splitParagraphs), launcher.shown() + " split", split, null);
      }
    } else {
      System.out.println("(this jar has no `split` command: split not timed)");
    }
    report(hugo);
  }

  /**
   * The two ways to run scholia: the jar as is, and {@code bin/scholia}, which adds the JVM
   * options a manifest cannot carry (class-data sharing, C1 only, serial GC).
   */
  private record Launcher(String name, String shown, String prefix) {
    String command(String verb, Path root, Path out) {
      return prefix + " " + verb + " --root " + quote(root) + (out == null ? "" : " --out " + quote(out));
    }
  }

  private List<Launcher> launchers() {
    Path script = seed.resolve("bin/scholia");
    List<Launcher> out = new ArrayList<>();
    out.add(new Launcher("jar", "`java -jar target/scholia.jar`", "java -jar " + quote(jar)));
    if (Files.isExecutable(script)) {
      out.add(new Launcher("launcher", "`bin/scholia`", quote(script)));
    }
    return out;
  }

  private Path corpus(int n) throws IOException {
    Path folder = work.resolve("corpus-" + n);
    if (!isCurrent(folder)) {
      System.out.printf(Locale.ROOT, "generating %,d essays in %s%n", n, folder);
      TestFolders.delete(folder);
      GenerateCorpus.main(new String[] {"essays", "" + n, folder.resolve("root").toString(), folder.resolve("hugo").toString()});
      Files.writeString(folder.resolve("corpus.version"), CORPUS_VERSION);
    }
    return folder;
  }

  private Path threadRoot(int paragraphs) throws IOException {
    Path folder = work.resolve("thread-" + paragraphs);
    if (!isCurrent(folder)) {
      System.out.printf(Locale.ROOT, "generating a %,d-paragraph thread in %s%n", paragraphs, folder);
      TestFolders.delete(folder);
      GenerateCorpus.main(new String[] {"thread", "" + paragraphs, folder.resolve("root").toString()});
      Files.writeString(folder.resolve("corpus.version"), CORPUS_VERSION);
    }
    return folder.resolve("root");
  }

  private static boolean isCurrent(Path folder) throws IOException {
    Path stamp = folder.resolve("corpus.version");
    return Files.exists(stamp) && Files.readString(stamp).equals(CORPUS_VERSION);
  }

  private void row(String what, String command, Timing timing, Timing hugo) {
    rows.add(
        String.format(
            Locale.ROOT,
            "| %s | %s | %.2f s | %.2f s | %.0f MiB | %s |",
            what,
            command,
            timing.medianSeconds(),
            timing.cpuSeconds(),
            timing.peakRssMib(),
            hugo == null ? "" : String.format(Locale.ROOT, "%.2f", timing.medianSeconds() / hugo.medianSeconds())));
  }

  private void report(boolean hugo) throws IOException, InterruptedException {
    List<String> out = new ArrayList<>();
    out.add("Measured " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + " on " + Tools.machine());
    out.add("Java: " + Tools.firstLine("java", "-version") + (hugo ? "; " + Tools.firstLine("hugo", "version") : "; hugo not installed"));
    out.add("Load average before the run: " + Tools.loadAverage());
    out.add("");
    out.addAll(rows);
    String text = String.join("\n", out) + "\n";
    Files.writeString(work.resolve("results.md"), text);
    System.out.println();
    System.out.print(text);
  }

  static String quote(Path path) {
    return "'" + path.toString().replace("'", "'\\''") + "'";
  }
}
