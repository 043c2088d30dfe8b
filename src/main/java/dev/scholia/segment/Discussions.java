package dev.scholia.segment;

import dev.scholia.files.InputFiles;
import dev.scholia.model.Diagnostic;
import dev.scholia.model.Diagnostics;
import dev.scholia.model.Discussion;
import dev.scholia.model.ScholiaException;
import dev.scholia.model.Comment;
import dev.scholia.thread.JsonThreadReader;
import dev.scholia.thread.ThreadExport;
import dev.scholia.thread.ThreadReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.scholia.model.SourceLine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/**
 * Reads and segments every thread in {@code seeds/}, in file-name order: plain text
 * ({@code *.txt}) and JSON exports ({@code *.json}) alike.
 */
public final class Discussions {
  private Discussions() {}

  public static List<Discussion> readAll(Path root, Diagnostics diagnostics) {
    Path seeds = root.resolve("seeds");
    if (!Files.isDirectory(seeds)) {
      throw new ScholiaException(
          Diagnostic.error("seeds", 0, "no seeds/ folder in " + root.toAbsolutePath().normalize())
              .withHint("put the source thread in seeds/, or pass --root"));
    }
    List<Path> files = InputFiles.list(root, seeds, false, diagnostics).stream().filter(Discussions::isThread).toList();
    requireDistinctNames(files, diagnostics);
    List<Discussion> discussions = new ArrayList<>();
    for (Path file : files) {
      String seed = "seeds/" + file.getFileName();
      try {
        byte[] bytes = Files.readAllBytes(file);
        discussions.add(seed.endsWith(".json") ? fromExport(seed, bytes, diagnostics) : Segmenter.segment(seed, ThreadReader.read(seed, bytes), diagnostics));
      } catch (ScholiaException e) {
        diagnostics.addAll(e.diagnostics());
      } catch (IOException e) {
        diagnostics.error(seed, 0, "cannot read: " + e.getMessage());
      }
    }
    return discussions;
  }

  /**
   * Each seed's name names its thread page and its paragraphs' anchors, so two seeds with one name
   * (such as {@code x.txt} and {@code x.json}) would overwrite each other's pages.
   */
  private static void requireDistinctNames(List<Path> files, Diagnostics diagnostics) {
    Map<String, String> seedOfName = new HashMap<>();
    for (Path file : files) {
      String seed = "seeds/" + file.getFileName();
      String earlier = seedOfName.putIfAbsent(SourceLine.nameOf(seed), seed);
      if (earlier != null) {
        diagnostics.add(
            Diagnostic.error(seed, 0, "seed name `" + SourceLine.nameOf(seed) + "` is also the name of " + earlier + ", so both would be published at the same thread page and anchors")
                .withHint("rename one of them"));
      }
    }
  }

  private static boolean isThread(Path file) {
    String name = file.getFileName().toString();
    return (name.endsWith(".txt") || name.endsWith(".json")) && Files.isRegularFile(file);
  }

  /** An export marks every comment, so segmenting it finds exactly its comments; they keep their ids. */
  private static Discussion fromExport(String seed, byte[] bytes, Diagnostics diagnostics) {
    ThreadExport export = JsonThreadReader.read(seed, bytes, diagnostics);
    Discussion discussion = Segmenter.segmentExport(seed, export.lines(), diagnostics);
    List<Comment> comments = new ArrayList<>();
    for (int i = 0; i < discussion.comments().size(); i++) {
      Comment c = discussion.comments().get(i);
      comments.add(new Comment(export.ids().get(i), c.author(), c.byline(), c.paragraphs(), c.strayNotes()));
    }
    return new Discussion(seed, discussion.lines(), comments);
  }
}
