package dev.scholia.cli;

import dev.scholia.site.BuildTimings;
import dev.scholia.site.BuildTimings.Timing;
import java.io.PrintWriter;
import java.util.List;

/** Prints {@code build --timings}: the build's stages in the order they started, then its pages by folder, the slowest first. */
final class TimingsReport {
  private TimingsReport() {}

  static void print(BuildTimings timings, PrintWriter out) {
    List<Timing> stages = timings.stages();
    List<Timing> folders = timings.pageFolders();
    int width = 0;
    for (Timing timing : stages) {
      width = Math.max(width, timing.name().length());
    }
    for (Timing timing : folders) {
      width = Math.max(width, timing.name().length());
    }
    out.println("stages (wall time; those \"beside the rest\" ran while the others did):");
    for (Timing stage : stages) {
      out.println("  " + padded(stage.name(), width) + leftPadded(stage.millis() + " ms", 10));
    }
    out.println("pages by folder (render and write time, summed over the threads that share the work):");
    for (Timing folder : folders) {
      out.println(
          "  "
              + padded(folder.name(), width)
              + leftPadded(folder.millis() + " ms", 10)
              + leftPadded(Plural.of(folder.runs(), "file"), 13)
              + (folder.runs() == 1 ? "" : leftPadded(hundredths(folder.nanos() / folder.runs()) + " ms each", 16)));
    }
  }

  private static String padded(String text, int width) {
    return text + " ".repeat(width - text.length());
  }

  private static String leftPadded(String text, int width) {
    return " ".repeat(Math.max(1, width - text.length())) + text;
  }

  /** Nanoseconds as milliseconds to two places, such as {@code 1.07}; not printf, whose number formats load locale data. */
  private static String hundredths(long nanos) {
    long hundredths = Math.round(nanos / 10_000.0);
    long rest = hundredths % 100;
    return hundredths / 100 + (rest < 10 ? ".0" : ".") + rest;
  }
}
