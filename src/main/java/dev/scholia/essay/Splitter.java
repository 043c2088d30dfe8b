package dev.scholia.essay;

import dev.scholia.classify.Classification;
import dev.scholia.classify.Classifier;
import dev.scholia.content.ContentReader;
import dev.scholia.fidelity.FidelityChecker;
import dev.scholia.files.AtomicFile;
import dev.scholia.fidelity.Provenance;
import dev.scholia.markdown.ParsedEssay;
import dev.scholia.model.Background;
import dev.scholia.model.Content;
import dev.scholia.model.Diagnostic;
import dev.scholia.model.Diagnostics;
import dev.scholia.model.Discussion;
import dev.scholia.model.EssaySource;
import dev.scholia.model.ScholiaException;
import dev.scholia.segment.Discussions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code scholia split}: read the threads, classify their paragraphs, and write every paragraph
 * that no essay holds yet into the essay of its theme.
 *
 * <p>The whole journey is {@link #split}: read, learn what is placed, classify, route, render,
 * verify, write. Editors' work is never overwritten: placed paragraphs, titles, summaries and
 * annotations stay as they are, new passages are inserted after their thread neighbours, and a run with
 * nothing new to place writes nothing, so running split twice changes nothing. Before anything
 * is written, the would-be essays go through the same fidelity check as {@code build}.
 */
public final class Splitter {
  private final Path root;
  private final boolean fresh;

  private Splitter(Path root, boolean fresh) {
    this.root = root;
    this.fresh = fresh;
  }

  /**
   * @param root the archive root (holding {@code seeds/} and {@code content/themes/})
   * @param fresh whether to ignore and replace every existing essay
   */
  public static SplitResult split(Path root, boolean fresh) {
    return new Splitter(root, fresh).run();
  }

  private SplitResult run() {
    Diagnostics diagnostics = new Diagnostics();
    // The threads are read on threads of their own while content/ is read, as in a build: each
    // is a second of work at 40,000 paragraphs or 4,000 essays, mostly on one core.
    Diagnostics threadProblems = new Diagnostics();
    CompletableFuture<List<Discussion>> reading = Background.start("scholia-threads", () -> Discussions.readAll(root, threadProblems));
    Content content = ContentReader.read(root, diagnostics);
    List<Discussion> discussions = Background.join(reading);
    diagnostics.addAll(threadProblems.all());
    throwIfErrors(diagnostics);
    List<EssaySource> existing = fresh ? List.of() : content.essays();
    Map<String, ParsedEssay> parsed = new HashMap<>();
    existing.parallelStream().map(ParsedEssay::parse).toList().forEach(e -> parsed.put(e.slug(), e));
    Provenance placed = FidelityChecker.placements(discussions, existing.stream().map(e -> parsed.get(e.slug())).toList(), diagnostics);
    throwIfErrors(diagnostics);

    Classifier classifier = Classifier.of(content.themes());
    List<Classification> classifications = discussions.stream().flatMap(d -> classifier.classify(d).stream()).toList();
    Routing routing = Routing.route(content.themes(), existing, placed, discussions, classifications, diagnostics);
    throwIfErrors(diagnostics);
    // Each essay is rendered on its own (its own footnote numbers), so essays render in parallel.
    // One plan per essay file: two plans with one path would be a routing bug, and toMap throws.
    Map<String, EssayText> texts =
        routing.plans().parallelStream()
            .collect(Collectors.toMap(EssayPlan::path, plan -> EssayText.of(plan, root, parsed.get(plan.slug()), placed)));
    verify(discussions, existing, parsed, texts);

    List<String> written = new ArrayList<>();
    for (String path : texts.keySet().stream().sorted().toList()) {
      write(path, texts.get(path).file());
      written.add(path);
    }
    List<String> removed = fresh ? removeAllBut(texts.keySet()) : List.of();
    return result(classifications, routing, placed, written, removed);
  }

  /** Atomically, so an editor's essay is never left half-written by a failed or killed split. */
  private void write(String path, String text) {
    try {
      Path file = root.resolve(path);
      Files.createDirectories(file.getParent());
      AtomicFile.write(file, text);
    } catch (IOException e) {
      throw new ScholiaException(Diagnostic.error(path, 0, "cannot write: " + e.getMessage()));
    }
  }

  /** A fresh split ignores broken essays, since it replaces them. */
  private void throwIfErrors(Diagnostics diagnostics) {
    Diagnostics relevant = new Diagnostics();
    diagnostics.all().stream().filter(d -> !fresh || !d.path().startsWith("content/essays/")).forEach(relevant::add);
    if (relevant.hasErrors()) {
      List<Diagnostic> all = new ArrayList<>(relevant.all());
      all.add(
          Diagnostic.error("content/essays", 0, "split stopped before writing anything")
              .withHint("fix the problems above, or run `scholia split --fresh` to start over"));
      throw new ScholiaException(all);
    }
  }

  /**
   * Proves the essays as they will be pass the fidelity check, before any file is touched. Those
   * split writes are parsed from the very text that will be written, as {@code build} will read
   * it: that is what proves the Markdown writer escaped everything. Those it leaves as they are
   * keep the parse {@code parsed} holds from reading them. Essays parse independently, so in parallel.
   */
  private static void verify(
      List<Discussion> discussions, List<EssaySource> existing, Map<String, ParsedEssay> parsed, Map<String, EssayText> texts) {
    List<ParsedEssay> after =
        new ArrayList<>(existing.stream().filter(essay -> !texts.containsKey(essay.path())).map(essay -> parsed.get(essay.slug())).toList());
    // From a list, which splits evenly: a concatenation of sequential streams would not split at all.
    List<EssaySource> written = texts.values().stream().map(EssayText::source).toList();
    after.addAll(written.parallelStream().map(ParsedEssay::parse).toList());
    Diagnostics problems = new Diagnostics();
    FidelityChecker.check(discussions, after, problems);
    if (problems.hasErrors()) {
      throw new IllegalStateException(
          "split produced essays that fail the fidelity check; nothing was written:\n"
              + String.join("\n", problems.all().stream().map(Diagnostic::format).toList()));
    }
  }

  private List<String> removeAllBut(Set<String> keep) {
    Path folder = root.resolve("content/essays");
    List<String> removed = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return removed;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        String path = root.relativize(file).toString().replace('\\', '/');
        if (!keep.contains(path)) {
          Files.delete(file);
          removed.add(path);
        }
      }
    } catch (IOException e) {
      throw new ScholiaException(Diagnostic.error("content/essays", 0, "cannot remove old essays: " + e.getMessage()));
    }
    return removed;
  }

  private static SplitResult result(
      List<Classification> classifications, Routing routing, Provenance placed, List<String> written, List<String> removed) {
    Map<String, String> essayOfLine = new HashMap<>();
    Set<String> kept = new HashSet<>();
    for (Classification c : classifications) {
      String essay = routing.essayOf(c.paragraph().source());
      if (essay != null) {
        essayOfLine.put(c.paragraph().source().location(), essay);
      }
      if (placed.placementOf(c.paragraph().source()) != null) {
        kept.add(c.paragraph().source().location());
      }
    }
    return new SplitResult(classifications, essayOfLine, kept, written, removed);
  }
}
