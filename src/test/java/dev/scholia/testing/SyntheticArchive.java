package dev.scholia.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a deterministic archive root of any size: one synthetic thread in {@code seeds/} and
 * essays in {@code content/essays/} that quote every thread paragraph exactly once, spread over a
 * few themes, with emphasis, headings and links between essays, as real archives have. Used by
 * tests and by the incremental-rebuild measurements; nothing in it is specific to one thread.
 */
public final class SyntheticArchive {
  private static final String[] WORDS = {
    "model", "signal", "learning", "gradient", "pattern", "memory", "reason", "policy", "reward",
    "sample", "context", "error", "habit", "theory", "claim", "evidence", "question", "answer",
    "structure", "process", "layer", "weight", "story", "choice", "value", "system", "reader",
    "writer", "argument", "example", "measure", "change", "effect", "detail", "picture", "method"
  };

  private final int essays;
  private final int themes;
  private final int paragraphsPerEssay;

  private SyntheticArchive(int essays, int themes, int paragraphsPerEssay) {
    this.essays = essays;
    this.themes = themes;
    this.paragraphsPerEssay = paragraphsPerEssay;
  }

  /** An archive of {@code essays} essays in {@code themes} themes, eight paragraphs each. */
  public static SyntheticArchive of(int essays, int themes) {
    return new SyntheticArchive(essays, themes, 8);
  }

  public static String essaySlug(int index) {
    return String.format("essay-%05d", index);
  }

  public static String themeSlug(int index) {
    return String.format("theme-%02d", index);
  }

  /** Writes the archive under {@code root} (which may exist and be empty). */
  public void writeTo(Path root) {
    Random random = new Random(42);
    List<List<String>> paragraphs = new ArrayList<>();
    StringBuilder thread = new StringBuilder();
    for (int e = 0; e < essays; e++) {
      List<String> own = new ArrayList<>();
      thread.append("author").append(e % 7).append('\n');
      for (int p = 0; p < paragraphsPerEssay; p++) {
        String text = sentence(random, 40 + random.nextInt(60)) + " Paragraph " + e + "x" + p + ".";
        own.add(text);
        thread.append(text).append('\n');
      }
      thread.append('\n');
      paragraphs.add(own);
    }
    write(root.resolve("seeds/synthetic.txt"), thread.toString());
    for (int t = 0; t < themes; t++) {
      write(
          root.resolve("content/themes/" + themeSlug(t) + ".md"),
          "---\ntitle: Theme " + t + "\norder: " + t + "\ndescription: Synthetic theme " + t + ".\n"
              + (t == 0 ? "catchAll: true\n" : "") + "---\nEssays of theme " + t + ".\n");
    }
    for (int e = 0; e < essays; e++) {
      write(root.resolve("content/essays/" + essaySlug(e) + ".md"), essay(e, paragraphs.get(e), random));
    }
  }

  private String essay(int index, List<String> own, Random random) {
    StringBuilder md = new StringBuilder();
    md.append("---\ntitle: \"Essay ").append(index).append("\"\ntheme: ").append(themeSlug(index % themes))
        .append("\nsummary: \"Synthetic essay number ").append(index).append(".\"\norder: ").append(index)
        .append("\nsources: [seeds/synthetic.txt]\n---\n\n");
    for (int p = 0; p < own.size(); p++) {
      if (p == own.size() / 2) {
        md.append("## Second part\n\n");
      }
      md.append(decorate(own.get(p), p, random)).append("\n\n");
    }
    return md.toString();
  }

  /** Emphasis on one word and, in the first paragraph, a link to another essay's source file. */
  private String decorate(String text, int paragraph, Random random) {
    String[] words = text.split(" ");
    int at = 1 + random.nextInt(Math.max(1, words.length - 3));
    words[at] = paragraph == 0 && essays > 1
        ? "[" + words[at] + "](" + essaySlug(random.nextInt(essays)) + ".md)"
        : "*" + words[at] + "*";
    return String.join(" ", words);
  }

  private static String sentence(Random random, int length) {
    StringBuilder out = new StringBuilder("The");
    for (int i = 0; i < length; i++) {
      out.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
    }
    return out.toString();
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
