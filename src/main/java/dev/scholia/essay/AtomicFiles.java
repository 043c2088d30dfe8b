package dev.scholia.essay;

import dev.scholia.model.Diagnostic;
import dev.scholia.model.ScholiaException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replaces a file in one step: write a temporary file beside it, then rename it over the old one,
 * so an editor's essay is never left half-written by a failed or interrupted split.
 */
final class AtomicFiles {
  private AtomicFiles() {}

  static void write(Path file, String text, String shownAs) {
    try {
      Files.createDirectories(file.getParent());
      Path temp = Files.createTempFile(file.getParent(), ".split-", ".tmp");
      try {
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        try {
          Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new ScholiaException(Diagnostic.error(shownAs, 0, "cannot write: " + e.getMessage()));
    }
  }
}
