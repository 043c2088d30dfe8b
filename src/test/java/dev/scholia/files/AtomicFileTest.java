package dev.scholia.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
  @TempDir Path temp;

  @Test
  void replacesTheContentAndLeavesNoTemporaryFile() throws IOException {
    Path file = temp.resolve("essay.md");
    Files.writeString(file, "the editor's version\n");
    AtomicFile.write(file, "the new version\n");
    assertEquals("the new version\n", Files.readString(file));
    try (Stream<Path> all = Files.list(temp)) {
      assertEquals(List.of(file), all.toList());
    }
  }

  @Test
  void aNewFileIsReadableByOthersAsAnyEditorsFileWouldBe() throws IOException {
    Path file = temp.resolve("new.md");
    AtomicFile.write(file, "text\n");
    assertTrue(Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_READ));
    assertTrue(Files.getPosixFilePermissions(file).contains(PosixFilePermission.OTHERS_READ));
  }

  @Test
  void aFailedWriteLeavesTheOldFileAndNoLeftovers() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("essay.md"));
    assertThrows(IOException.class, () -> AtomicFile.write(folder, "cannot replace a folder\n"));
    assertTrue(Files.isDirectory(folder));
    try (Stream<Path> all = Files.list(temp)) {
      assertEquals(List.of(folder), all.toList());
    }
  }
}
