package dev.scholia.bench;

import dev.scholia.fidelity.FidelityChecker;
import dev.scholia.fidelity.Provenance;
import dev.scholia.link.Linker;
import dev.scholia.link.LinkedBody;
import dev.scholia.link.Links;
import dev.scholia.link.Urls;
import dev.scholia.markdown.ParsedEssay;
import dev.scholia.model.Diagnostics;
import dev.scholia.model.EssaySource;
import dev.scholia.render.Archive;
import dev.scholia.render.BodyRenderer;
import dev.scholia.render.PageJob;
import dev.scholia.render.PageRenderer;
import dev.scholia.site.ArchiveCompiler;
import dev.scholia.testing.TestFolders;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH micro-benchmarks of the build's hot stages, each timed alone on a generated archive (issue
 * #7), so a change to one stage can be measured without the JVM start-up, I/O and other stages
 * that dominate a whole build's time. Run with {@code bench/jmh.sh} (docs/performance.md,
 * "Micro-benchmarks (JMH)").
 *
 * <p>The archive is generated and compiled once per trial; the per-essay benchmarks use the essay
 * in the middle of the slug order, always the same one for the same {@link #essays}. Every
 * benchmark returns its result, or writes it, so that the JIT cannot drop the work.
 *
 * <p>The defaults are short, for a shared machine; JMH's command-line options override them. Warm-up
 * is longer than measurement because, on two busy cores, the JIT was still compiling after three
 * one-second iterations (an essay parse falling from 1.2 ms to 34 µs while measured, the link stage
 * from 2 s to 80 ms); the whole-archive stages run only a few times a second, so they get more.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
public class StageBenchmarks {
  /** Essays in the generated archive. */
  @Param("200")
  public int essays;

  private Path root;
  private Archive archive;
  private EssaySource source;
  private LinkedBody linkedBody;
  private BodyRenderer bodies;
  private PageJob essayPage;

  @Setup(Level.Trial)
  public void generateAndCompile() throws IOException {
    root = Files.createTempDirectory("scholia-jmh-");
    ScholiaLayout.write(CorpusGenerator.essays(essays), root, true);
    archive = ArchiveCompiler.compile(root);
    ParsedEssay middle = archive.essays().get(archive.essays().size() / 2);
    source = middle.source();
    linkedBody = archive.links().essay(middle.slug());
    Map<String, String> titles =
        archive.content().essays().stream().collect(Collectors.toMap(EssaySource::slug, EssaySource::title));
    // As PageRenderer builds its own: essay bodies of a generated archive hold no raw HTML.
    bodies = new BodyRenderer(archive.provenance(), archive.links(), titles::get, archive.content().site().unsafeHtml());
    String path = Urls.essay(middle.slug()) + "index.html";
    essayPage =
        new PageRenderer(archive)
            .pages().stream()
                .filter(job -> job.path().equals(path))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no page job for " + path));
  }

  @TearDown(Level.Trial)
  public void deleteArchive() {
    TestFolders.delete(root);
  }

  /** One essay's Markdown parsed into a CommonMark tree, as the compile stage does for each. */
  @Benchmark
  public ParsedEssay parseEssay() {
    return ParsedEssay.parse(source);
  }

  /** One essay's linked body rendered to HTML (sidenotes, mentions, thread links). */
  @Benchmark
  public String renderEssayBody() {
    return bodies.render(linkedBody, "../../");
  }

  /**
   * One essay page through {@code essay.peb}: the view (body, table of contents, neighbours,
   * source lines, backlinks) and the template, written to a writer that discards it.
   */
  @Benchmark
  public void renderEssayPage() throws IOException {
    essayPage.body().writeTo(Writer.nullWriter());
  }

  /** The link stage over the whole archive, with a fresh cache as a full build has. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 5, time = 3)
  @Measurement(iterations = 5, time = 2)
  public Links linkArchive() {
    return Linker.link(archive.content(), archive.discussions(), archive.essays(), archive.provenance(), new Diagnostics());
  }

  /** The fidelity check of the whole archive: every thread paragraph found in exactly one essay. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 5, time = 3)
  @Measurement(iterations = 5, time = 2)
  public Provenance checkFidelity() {
    return FidelityChecker.check(archive.discussions(), archive.essays(), new Diagnostics());
  }

  /** The page {@link #renderEssayPage} renders, for the test that checks it is the essay's. */
  PageJob essayPage() {
    return essayPage;
  }

  Path root() {
    return root;
  }
}
