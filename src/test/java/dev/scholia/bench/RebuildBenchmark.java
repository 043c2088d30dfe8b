package dev.scholia.bench;

import dev.scholia.model.Diagnostic;
import dev.scholia.serve.ServeSession;
import dev.scholia.site.IncrementalBuilder;
import dev.scholia.testing.EventStream;
import dev.scholia.testing.Fixtures;
import dev.scholia.testing.TestFolders;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Times the editing loop of issue #6 on any archive root, warm, as {@code serve} runs it:
 *
 * <ul>
 *   <li>rebuild after an essay edit that only that essay's page shows (an editor's note),
 *   <li>rebuild after an essay's title changes (its page, theme page, index, neighbours, …),
 *   <li>rebuild after {@code templates/essay.peb} changes (every essay page),
 *   <li>save to reload signal: a file saved until the {@code build} event reaches an open page,
 *       watcher and debounce included.
 * </ul>
 *
 * Usage: {@code RebuildBenchmark ROOT [EDITS]}. The root is copied first and never changed.
 * Prints the median and slowest of EDITS timed edits after a few untimed warm-up edits.
 */
public final class RebuildBenchmark {
  private static final int WARM_UP = 5;

  private RebuildBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: RebuildBenchmark ROOT [EDITS]");
      System.exit(2);
    }
    Path source = Path.of(args[0]).toAbsolutePath().normalize();
    int edits = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    Path work = Files.createTempDirectory("scholia-rebuild-bench-");
    Path root = work.resolve("root");
    Fixtures.copyTree(source, root, p -> !source.relativize(p).startsWith("site"));
    if (!Files.isDirectory(root.resolve("templates"))) {
      Fixtures.copyTree(Path.of("templates"), root.resolve("templates"), p -> true);
    }
    Path essay = middleEssay(root);
    String original = Files.readString(essay);

    IncrementalBuilder builder = new IncrementalBuilder(root, work.resolve("out"));
    long start = System.nanoTime();
    IncrementalBuilder.Report first = builder.rebuild();
    System.out.printf("%s: %d essays; first build %d ms; edited essay %s%n", source, first.essays(), millis(start), root.relativize(essay));
    System.out.println("| scenario | median ms | slowest ms | pages rendered | files written |");
    System.out.println("|---|---|---|---|---|");

    time("essay edit (editor's note)", edits, i -> {
      Files.writeString(essay, original + "\n> [!NOTE]\n> Benchmark edit " + i + ".\n");
      return builder.rebuild(List.of(essay));
    });
    time("essay title edit", edits, i -> {
      Files.writeString(essay, original.replaceFirst("(?m)^title:.*$", "title: \"Benchmark title " + i + "\""));
      return builder.rebuild(List.of(essay));
    });
    Files.writeString(essay, original);
    builder.rebuild(List.of(essay));
    Path template = root.resolve("templates/essay.peb");
    String templateText = Files.readString(template);
    time("template edit (essay.peb)", edits, i -> {
      Files.writeString(template, templateText + "{# benchmark " + i + " #}<!-- " + i + " -->\n");
      return builder.rebuild(List.of(template));
    });
    Files.writeString(template, templateText);
    saveToReloadSignal(root, work.resolve("served"), essay, original, edits);
    TestFolders.delete(work);
  }

  private interface Edit {
    IncrementalBuilder.Report apply(int i) throws IOException;
  }

  private static void time(String scenario, int edits, Edit edit) throws IOException {
    List<Long> times = new ArrayList<>();
    IncrementalBuilder.Report last = null;
    for (int i = 0; i < WARM_UP + edits; i++) {
      long start = System.nanoTime();
      last = edit.apply(i);
      if (i >= WARM_UP) {
        times.add(millis(start));
      }
    }
    System.out.printf("| %s | %d | %d | %d | %d |%n", scenario, median(times), max(times), last.rendered(), last.written().size());
  }

  private static void saveToReloadSignal(Path root, Path out, Path essay, String original, int edits) throws Exception {
    ServeSession.Listener quiet =
        new ServeSession.Listener() {
          @Override
          public void built(IncrementalBuilder.Report report, long millis, Set<Path> changed) {}

          @Override
          public void failed(List<Diagnostic> problems, Set<Path> changed) {
            problems.forEach(p -> System.err.println(p.format()));
          }
        };
    HttpClient http = HttpClient.newHttpClient();
    List<Long> times = new ArrayList<>();
    try (ServeSession session = ServeSession.start(root, out, "127.0.0.1", 0, quiet);
        EventStream events = EventStream.open(http, URI.create("http://127.0.0.1:" + session.port() + "/__scholia/events"))) {
      events.next(e -> e.name().equals("hello"), Duration.ofSeconds(30));
      for (int i = 0; i < WARM_UP + edits; i++) {
        long start = System.nanoTime();
        Files.writeString(essay, original + "\n> [!NOTE]\n> Served edit " + i + ".\n");
        events.next(e -> e.name().equals("build"), Duration.ofSeconds(60));
        if (i >= WARM_UP) {
          times.add(millis(start));
        }
      }
    }
    System.out.printf("| save → reload signal (serve, watcher + debounce) | %d | %d | | |%n", median(times), max(times));
  }

  private static Path middleEssay(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root.resolve("content/essays"))) {
      List<Path> essays = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
      return essays.get(essays.size() / 2);
    }
  }

  private static long millis(long since) {
    return (System.nanoTime() - since) / 1_000_000;
  }

  private static long median(List<Long> times) {
    return times.stream().sorted().toList().get(times.size() / 2);
  }

  private static long max(List<Long> times) {
    return times.stream().mapToLong(Long::longValue).max().orElse(0);
  }
}
