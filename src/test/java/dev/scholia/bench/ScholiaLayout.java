package dev.scholia.bench;

import dev.scholia.bench.Corpus.Essay;
import dev.scholia.bench.Corpus.Note;
import dev.scholia.bench.Corpus.Paragraph;
import dev.scholia.bench.Corpus.Term;
import dev.scholia.bench.Corpus.Theme;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Lays a {@link Corpus} out as a scholia archive root: {@code seeds/synthetic.txt} (one comment
 * per essay: a byline, its paragraphs, its footnote definitions, a blank line), and
 * {@code content/} with {@code site.yaml}, themes, glossary and essays.
 */
final class ScholiaLayout {
  static final String SEED = "seeds/synthetic.txt";

  private ScholiaLayout() {}

  /** Writes the root; with {@code withEssays} false only the thread, themes and glossary. */
  static void write(Corpus corpus, Path root, boolean withEssays) throws IOException {
    Files.createDirectories(root.resolve("seeds"));
    writeThread(corpus, root.resolve(SEED));
    Path content = root.resolve("content");
    Files.createDirectories(content.resolve("themes"));
    Files.createDirectories(content.resolve("glossary"));
    Files.writeString(
        content.resolve("site.yaml"),
        "title: Synthetic archive\n"
            + "description: A generated corpus for scholia's benchmarks.\n"
            + "baseUrl: https://example.org/bench/\n");
    int order = 1;
    for (Theme theme : corpus.themes()) {
      Files.writeString(
          content.resolve("themes/" + theme.slug() + ".md"),
          "---\ntitle: \"" + theme.title() + "\"\norder: " + order++ + "\ndescription: \"" + theme.description() + "\"\n"
              + (theme.catchAll() ? "catchAll: true\n" : "keywords: [" + String.join(", ", theme.keywords()) + "]\n")
              + "---\n" + theme.description() + "\n");
    }
    for (Term term : corpus.terms()) {
      Files.writeString(
          content.resolve("glossary/" + term.slug() + ".md"),
          "---\nterm: \"" + term.term() + "\"\naliases: [\"" + term.alias() + "\"]\n---\n" + term.definition() + "\n");
    }
    if (withEssays) {
      Path essays = Files.createDirectories(content.resolve("essays"));
      for (Essay essay : corpus.essays()) {
        Files.writeString(
            essays.resolve(essay.slug() + ".md"),
            "---\ntitle: \"" + essay.title() + "\"\ntheme: " + essay.theme() + "\nsummary: \"" + essay.summary()
                + "\"\nsources: [" + SEED + "]\n---\n\n" + EssayMarkdown.body(essay, slug -> slug + ".md"));
      }
    }
  }

  private static void writeThread(Corpus corpus, Path file) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Essay essay : corpus.essays()) {
        out.write(essay.author() + "\n");
        for (Paragraph paragraph : essay.paragraphs()) {
          out.write(EssayMarkdown.threadText(paragraph) + "\n");
        }
        for (Paragraph paragraph : essay.paragraphs()) {
          for (Note note : paragraph.notes()) {
            out.write("[" + note.number() + "] " + note.text() + "\n");
          }
        }
        out.write("\n");
      }
    }
  }
}
