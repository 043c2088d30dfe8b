package dev.scholia.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The small amount of process and file plumbing the benchmark needs. */
final class Tools {
  private Tools() {}

  static boolean onPath(String tool) throws IOException, InterruptedException {
    return new ProcessBuilder("sh", "-c", "command -v " + tool).start().waitFor() == 0;
  }

  /** Whether {@code java -jar jar help COMMAND} succeeds: the command exists. */
  static boolean jarHasCommand(Path jar, String command) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder("java", "-jar", jar.toString(), "help", command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    return p.waitFor() == 0;
  }

  /** The first line a command prints (on either stream). */
  static String firstLine(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out.lines().findFirst().orElse("?").strip();
  }

  static String machine() {
    return Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + " " + System.getProperty("os.arch");
  }

  static String loadAverage() throws IOException {
    Path loadavg = Path.of("/proc/loadavg");
    return Files.exists(loadavg) ? Files.readString(loadavg).strip() : "unknown";
  }
}
