package dev.scholia.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the CLI in a separate JVM, for what an in-process run cannot vary or survive: the working
 * directory, environment ({@code LANG}, {@code TZ}), JVM defaults ({@code user.language}) and
 * being killed. The child gets this JVM's class path, so it runs the code under test.
 *
 * @param workingDirectory where the child starts
 * @param environment variables added to (or replacing) the inherited environment
 * @param jvmOptions options before the main class, such as {@code -Duser.timezone=…}
 */
public record ChildJvm(Path workingDirectory, Map<String, String> environment, List<String> jvmOptions) {

  /** What a finished child did; its output streams were captured to files. */
  public record Result(int exit, String out, String err) {}

  public ChildJvm {
    environment = Map.copyOf(environment);
    jvmOptions = List.copyOf(jvmOptions);
  }

  /** Starts {@code scholia args…}; stdout and stderr go to files beside {@code logs}. */
  public Process start(Path logs, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("dev.scholia.cli.Main");
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
    builder.environment().putAll(environment);
    builder.redirectOutput(logs.resolveSibling(logs.getFileName() + ".out").toFile());
    builder.redirectError(logs.resolveSibling(logs.getFileName() + ".err").toFile());
    try {
      return builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs {@code scholia args…} to the end (at most two minutes). */
  public Result run(Path logs, String... args) {
    Process process = start(logs, args);
    try {
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError("scholia " + String.join(" ", args) + " did not finish in two minutes");
      }
      return new Result(
          process.exitValue(),
          Files.readString(logs.resolveSibling(logs.getFileName() + ".out"), StandardCharsets.UTF_8),
          Files.readString(logs.resolveSibling(logs.getFileName() + ".err"), StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
