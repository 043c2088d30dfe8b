package dev.scholia.bench;

import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code GenerateCorpus essays N ROOT [HUGO_SITE]} writes a scholia root of N essays (and the same
 * essays as a Hugo site); {@code GenerateCorpus thread PARAGRAPHS ROOT} writes a root holding only
 * a thread of that many paragraphs with its themes, the input of {@code scholia split}.
 */
public final class GenerateCorpus {
  private GenerateCorpus() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 3 || !(args[0].equals("essays") || args[0].equals("thread"))) {
      System.err.println("usage: GenerateCorpus essays N ROOT [HUGO_SITE] | thread PARAGRAPHS ROOT");
      System.exit(2);
    }
    int n = Integer.parseInt(args[1]);
    Path root = Path.of(args[2]);
    if (args[0].equals("thread")) {
      ScholiaLayout.write(CorpusGenerator.paragraphs(n), root, false);
      return;
    }
    Corpus corpus = CorpusGenerator.essays(n);
    ScholiaLayout.write(corpus, root, true);
    if (args.length > 3) {
      HugoLayout.write(corpus, Path.of(args[3]));
    }
  }
}
