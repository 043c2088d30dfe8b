package dev.scholia.essay;

import dev.scholia.fidelity.Provenance;
import dev.scholia.markdown.ParsedEssay;
import dev.scholia.model.Diagnostic;
import dev.scholia.model.EssaySource;
import dev.scholia.model.MarkdownText;
import dev.scholia.model.ScholiaException;
import dev.scholia.model.Theme;
import dev.scholia.thread.Utf8Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The full text of an essay file as the split will write it, and the same essay as the build
 * would read it (for verification before writing).
 *
 * <p>A new essay gets the theme's title and description as its title and summary, for editors
 * to improve. An existing essay keeps every line it has and gets the new passages inserted (see
 * {@link InsertionPoints}); only when a passage comes from a thread its {@code sources} do not
 * list is its front matter rewritten, with every value kept.
 *
 * @param file the file's text
 * @param source the essay as {@link dev.scholia.content.ContentReader} would read it
 */
record EssayText(String file, EssaySource source) {

  /**
   * @param parsed the existing essay as parsed when learning placements, or {@code null} for a new one
   * @param placed where the thread's lines are placed, for {@link InsertionPoints} and {@link FootnoteLabels}
   */
  static EssayText of(EssayPlan plan, Path root, ParsedEssay parsed, Provenance placed) {
    List<Passage> passages = ReadingOrder.sort(plan.passages());
    Set<String> sources = new LinkedHashSet<>(plan.existing() == null ? List.of() : plan.existing().sources());
    passages.forEach(p -> sources.add(p.seed()));
    return plan.existing() == null
        ? create(plan, passages, List.copyOf(sources))
        : extend(plan, passages, List.copyOf(sources), root, InsertionPoints.of(parsed, placed), FootnoteLabels.of(parsed, placed));
  }

  private static EssayText create(EssayPlan plan, List<Passage> passages, List<String> sources) {
    Theme theme = plan.theme();
    String summary = theme.description().isBlank() ? theme.title() : theme.description();
    String head = FrontMatterWriter.write(theme.title(), theme.slug(), summary, Integer.MAX_VALUE, sources);
    String body = "\n" + new BodyWriter(FootnoteLabels.startingAt(1)).write(passages);
    EssaySource source =
        new EssaySource(plan.slug(), theme.title(), theme.slug(), summary, Integer.MAX_VALUE, sources, new MarkdownText(plan.path(), lineCount(head) + 1, body), 0);
    return new EssayText(head + body, source);
  }

  private static EssayText extend(
      EssayPlan plan, List<Passage> passages, List<String> sources, Path root, InsertionPoints points, FootnoteLabels labels) {
    EssaySource old = plan.existing();
    String body = insert(old.body().text(), passages, points, new BodyWriter(labels));
    String head =
        sources.equals(old.sources()) ? headOf(root.resolve(old.path()), old) : FrontMatterWriter.write(old, sources);
    EssaySource source =
        new EssaySource(
            old.slug(), old.title(), old.theme(), old.summary(), old.order(), sources,
            new MarkdownText(old.path(), lineCount(head) + 1, body), old.themeLine());
    return new EssayText(head + body, source);
  }

  /**
   * The body with each passage inserted at its point, every insertion set off by blank lines.
   * Points are filled top to bottom so footnote numbers grow down the page.
   */
  private static String insert(String body, List<Passage> passages, InsertionPoints points, BodyWriter writer) {
    Map<Integer, List<Passage>> byPoint = points.place(passages);
    List<String> lines = new ArrayList<>(List.of(body.stripTrailing().split("\n", -1)));
    List<String> out = new ArrayList<>();
    for (int i = 0; i <= lines.size(); i++) {
      // Points past the last line (a last block, or the end) are filled after it, in order.
      List<Passage> here = new ArrayList<>();
      for (Map.Entry<Integer, List<Passage>> point : byPoint.entrySet()) {
        if (point.getKey() == i || (i == lines.size() && point.getKey() > i)) {
          here.addAll(point.getValue());
        }
      }
      if (!here.isEmpty()) {
        if (!out.isEmpty() && !out.get(out.size() - 1).isBlank()) {
          out.add("");
        }
        out.addAll(List.of(writer.write(here).stripTrailing().split("\n", -1)));
        if (i < lines.size() && !lines.get(i).isBlank()) {
          out.add("");
        }
      }
      if (i < lines.size()) {
        out.add(lines.get(i));
      }
    }
    return String.join("\n", out) + "\n";
  }

  /** The file's lines before its body: the front matter exactly as the editor left it. */
  private static String headOf(Path file, EssaySource essay) {
    String text;
    try {
      text = Utf8Text.decode(essay.path(), Files.readAllBytes(file)).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new ScholiaException(Diagnostic.error(essay.path(), 0, "cannot read: " + e.getMessage()));
    }
    String[] lines = text.split("\n", -1);
    StringBuilder head = new StringBuilder();
    for (int i = 0; i < essay.body().firstLine() - 1; i++) {
      head.append(lines[i]).append('\n');
    }
    return head.toString();
  }

  private static int lineCount(String text) {
    return (int) text.chars().filter(c -> c == '\n').count();
  }
}
