package dev.scholia.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.scholia.model.ScholiaException;
import dev.scholia.testing.Fixtures;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {
  @TempDir Path temp;

  private Path root() throws IOException {
    Path root = temp.resolve("archive");
    Files.createDirectories(root.resolve("content"));
    Files.createDirectories(root.resolve("seeds"));
    return root;
  }

  private static String refusal(Path out, Path root) {
    return assertThrows(ScholiaException.class, () -> OutputFolder.create(out, root)).diagnostics().get(0).message();
  }

  @Test
  void theArchiveItselfItsAncestorsAndItsInputsAreNeverAnOutputFolder() throws IOException {
    Path root = root();
    for (Path out : new Path[] {root, temp, root.resolve("content"), root.resolve("seeds/site"), root.resolve("templates")}) {
      assertTrue(refusal(out, root).startsWith("the output folder would replace the archive's own files"), out.toString());
    }
  }

  @Test
  void aFolderScholiaDidNotBuildIsNotReplaced() throws IOException {
    Path out = temp.resolve("notes");
    Fixtures.write(out.resolve("todo.txt"), "mine\n");
    assertTrue(refusal(out, root()).startsWith("the output folder is not empty and was not built by scholia"));
    assertEquals("mine\n", Files.readString(out.resolve("todo.txt")));
  }

  @Test
  void anEmptyFolderAPreviousSiteOrNothingMayBeReplaced() throws IOException {
    Path root = root();
    Files.createDirectories(temp.resolve("empty"));
    Fixtures.write(temp.resolve("previous/" + OutputFolder.MARKER), "{}\n");
    for (String name : new String[] {"empty", "previous", "absent"}) {
      try (OutputFolder folder = OutputFolder.create(temp.resolve(name), root)) {
        folder.write("index.html", "new\n");
        folder.commit();
      }
      assertEquals("new\n", Files.readString(temp.resolve(name + "/index.html")));
    }
  }

  /** A private (0700) site would be refused by a web server running as another user. */
  @Test
  void theSiteFolderGetsThePermissionsOfAnyNewFolder() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    try (OutputFolder folder = OutputFolder.create(temp.resolve("site"), root())) {
      folder.write("index.html", "new\n");
      folder.commit();
    }
    Path plain = Files.createDirectory(temp.resolve("plain"));
    assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(temp.resolve("site")));
  }

  @Test
  void writingAPathOutsideTheSiteIsRefused() throws IOException {
    try (OutputFolder folder = OutputFolder.create(temp.resolve("site"), root())) {
      assertThrows(ScholiaException.class, () -> folder.write("../escaped.html", "x"));
      assertThrows(ScholiaException.class, () -> folder.write("essays/con/index.html", "x"));
    }
    assertTrue(Files.notExists(temp.resolve("escaped.html")));
  }

  @Test
  void aPathWrittenTwiceIsRefusedRatherThanLeftToWhicheverCameLast() throws IOException {
    try (OutputFolder folder = OutputFolder.create(temp.resolve("site"), root())) {
      folder.write("thread/x/index.html", "first\n");
      ScholiaException e = assertThrows(ScholiaException.class, () -> folder.write("thread/x/index.html", "second\n"));
      assertTrue(e.diagnostics().get(0).message().startsWith("internal error: "), e.getMessage());
    }
  }

  @Test
  void aLargeTreeIsDeletedWholeFilesFoldersAndLinks() throws IOException {
    Path tree = temp.resolve("old-site");
    for (int essay = 0; essay < 150; essay++) {
      Path folder = Files.createDirectories(tree.resolve("essays/e" + essay + "/assets"));
      Files.writeString(folder.getParent().resolve("index.html"), "<p>" + essay);
      Files.writeString(folder.resolve("a.css"), "p{}");
    }
    Path outside = Files.writeString(temp.resolve("kept.txt"), "not part of the tree");
    Files.createSymbolicLink(tree.resolve("essays/link"), outside);
    OutputFolder.deleteTree(tree);
    assertFalse(Files.exists(tree));
    assertTrue(Files.exists(outside), "a link is deleted, not what it points to");
  }

  @Test
  void aFailedBuildLeavesNoStagingFolder() throws IOException {
    try (OutputFolder folder = OutputFolder.create(temp.resolve("site"), root())) {
      folder.write("index.html", "never committed\n");
    }
    try (var left = Files.list(temp)) {
      assertEquals(1, left.count(), "only the archive remains");
    }
  }

  @Test
  void stagingFoldersOfDeadBuildsAreRemovedAndLiveOnesKept() throws IOException {
    Path dead = Files.createDirectories(temp.resolve(".site.building-" + Long.MAX_VALUE + "-1"));
    Path live = Files.createDirectories(temp.resolve(".site.building-" + ProcessHandle.current().pid() + "-1"));
    OutputFolder.create(temp.resolve("site"), root()).close();
    assertTrue(Files.notExists(dead));
    assertTrue(Files.exists(live));
  }

  @Test
  void aSiteLeftAsideByABuildKilledBetweenItsRenamesIsPutBack() throws IOException {
    Fixtures.write(temp.resolve(".site.old-123/index.html"), "the previous site\n");
    OutputFolder.create(temp.resolve("site"), root()).close();
    assertEquals("the previous site\n", Files.readString(temp.resolve("site/index.html")));
  }
}
