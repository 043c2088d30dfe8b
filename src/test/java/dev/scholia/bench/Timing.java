package dev.scholia.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Whole-process timings of one command: hyperfine's median wall time and mean CPU time over the
 * timed runs (after its warm-up), and the peak resident set size over all runs, measured by
 * running the command under GNU {@code /usr/bin/time}.
 *
 * @param medianSeconds median wall-clock time
 * @param cpuSeconds mean user + system CPU time
 * @param peakRssMib largest maximum resident set size of any run
 * @param runs the number of timed runs
 */
record Timing(String label, double medianSeconds, double cpuSeconds, double peakRssMib, int runs) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Times {@code command} (already shell-quoted); {@code prepare}, if not null, runs before each
   * run, untimed. Hyperfine's JSON export and the RSS log are kept in {@code work}.
   */
  static Timing measure(String label, String command, String prepare, int warmup, int runs, Path work)
      throws IOException, InterruptedException {
    Path rss = work.resolve(label + ".rss");
    Path json = work.resolve(label + ".json");
    Files.deleteIfExists(rss);
    List<String> hyperfine = new ArrayList<>(
        List.of(
            "hyperfine", "--style", "basic", "--warmup", "" + warmup, "--runs", "" + runs,
            "--export-json", json.toString(), "--command-name", label));
    if (prepare != null) {
      hyperfine.addAll(List.of("--prepare", prepare));
    }
    hyperfine.add("/usr/bin/time -f %M -a -o " + rss + " " + command);
    Process process = new ProcessBuilder(hyperfine).inheritIO().start();
    if (process.waitFor() != 0) {
      throw new IOException("hyperfine failed for " + label + ": " + command);
    }
    JsonNode result = JSON.readTree(json.toFile()).get("results").get(0);
    double peakKib =
        Files.readAllLines(rss).stream()
            .map(String::strip)
            .filter(line -> line.matches("\\d+"))
            .mapToDouble(Double::parseDouble)
            .max()
            .orElse(Double.NaN);
    return new Timing(
        label,
        result.get("median").asDouble(),
        result.get("user").asDouble() + result.get("system").asDouble(),
        peakKib / 1024,
        result.get("times").size());
  }
}
