package dev.scholia.cli;

import dev.scholia.model.Diagnostic;
import dev.scholia.model.ScholiaException;
import dev.scholia.serve.ServeSession;
import dev.scholia.site.IncrementalBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/** {@code scholia serve}: preview the archive, rebuilding and reloading on every save. */
final class ServeCommand implements Command.Action {
  private static final Option PORT = Option.valued("--port", "PORT", "Port to listen on; 0 picks a free one").withDefault("8000");
  private static final Option HOST =
      Option.valued("--host", "HOST", "Address to listen on; 0.0.0.0 lets other machines reach the preview").withDefault("127.0.0.1");
  private static final Option OUT =
      Option.valued("--out", "DIR", "Folder to write the preview into (default: a temporary folder, deleted on exit)");

  static final Command COMMAND =
      new Command(
          "serve",
          "Preview the archive in a browser, rebuilding and reloading pages on every save.",
          "Builds the archive, serves it, and on every change to seeds/, content/ or templates/ rebuilds"
              + " what the change affects and reloads the open pages. Problems are printed here and shown over"
              + " the page; the last good site stays served until they are fixed. site/ is left alone: run"
              + " build to update it.",
          List.of(RootOption.ROOT, PORT, HOST, OUT),
          List.of(),
          new ServeCommand());

  private ServeCommand() {}

  @Override
  public void run(Arguments arguments, Terminal terminal) throws IOException {
    Path root = RootOption.of(arguments);
    int port = arguments.integer(PORT, 0, 65535);
    String host = arguments.value(HOST);
    Path out = arguments.path(OUT);
    requireArchive(root);
    PrintWriter stdout = terminal.out();
    PrintWriter stderr = terminal.err();
    Path folder = out != null ? out : Files.createTempDirectory("scholia-serve-");
    ServeSession session;
    try {
      session = ServeSession.start(root, folder, host, port, new Printer(stdout, stderr));
    } catch (BindException e) {
      if (out == null) {
        Files.deleteIfExists(folder);
      }
      throw new ScholiaException(
          Diagnostic.error(host + ":" + port, 0, "cannot listen here: " + e.getMessage())
              .withHint("another program may use the port: choose another with --port, or --port 0 for any free one"));
    }
    if (out == null) {
      session.deletingOutputOnClose();
    }
    String shown = host.contains(":") ? "[" + host + "]" : host;
    stdout.printf("Serving %s at http://%s:%d/ (preview in %s). Press Ctrl+C to stop.%n", root, shown, session.port(), folder);
    stdout.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      session.close();
      stopped.countDown();
    }, "scholia-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      stopped.await();
    } catch (InterruptedException e) {
      // Stopped by the caller (tests, an embedding program) rather than by Ctrl+C.
      Runtime.getRuntime().removeShutdownHook(hook);
      session.close();
      Thread.currentThread().interrupt();
    }
  }

  private static void requireArchive(Path root) {
    if (!Files.isDirectory(root.resolve("content")) && !Files.isDirectory(root.resolve("seeds"))) {
      throw new ScholiaException(
          Diagnostic.error(root.toString(), 0, "not an archive: it has neither content/ nor seeds/")
              .withHint("run serve in the archive's folder, or pass --root"));
    }
  }

  /** One line per build, problems like {@code build} prints them. */
  private record Printer(PrintWriter out, PrintWriter err) implements ServeSession.Listener {
    // Here rather than in ServeCommand, which every run initialises to declare the command: the
    // formatter loads a good part of java.time.
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    @Override
    public void built(IncrementalBuilder.Report report, long millis, Set<Path> changed) {
      out.printf(
          "%s %s%s: %s rendered, %s written%s in %d ms%n",
          LocalTime.now().format(CLOCK),
          changed.isEmpty() ? "built " : "rebuilt " + describe(changed) + " → ",
          Plural.of(report.essays(), "essay"),
          Plural.of(report.rendered(), "page"),
          Plural.of(report.written().size(), "file"),
          report.deleted().isEmpty() ? "" : ", " + report.deleted().size() + " removed",
          millis);
      out.flush();
      Reporter.report(err, report.warnings());
    }

    @Override
    public void failed(List<Diagnostic> problems, Set<Path> changed) {
      Reporter.report(err, problems);
      err.printf(
          "%s build failed%s; still serving the last good site%n",
          LocalTime.now().format(CLOCK),
          changed.isEmpty() ? "" : " after " + describe(changed));
      err.flush();
    }

    private static String describe(Set<Path> changed) {
      List<String> names = changed.stream().map(p -> p.toString().replace('\\', '/')).sorted().toList();
      return names.size() <= 2 ? String.join(", ", names) : names.get(0) + " and " + (names.size() - 1) + " more";
    }
  }
}
