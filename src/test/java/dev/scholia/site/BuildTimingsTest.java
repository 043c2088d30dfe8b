package dev.scholia.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scholia.site.BuildTimings.Timing;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class BuildTimingsTest {
  @Test
  void offRunsEachStepAndRecordsNothing() {
    BuildTimings off = BuildTimings.OFF;
    assertEquals("done", off.time("read content", () -> "done"));
    off.startPage("essays/a/index.html").run();
    assertEquals(List.of(), off.stages());
    assertEquals(List.of(), off.pageFolders());
  }

  @Test
  void stagesAreListedInTheOrderTheyStartedEvenWhenAnEarlierOneEndsLast() throws Exception {
    BuildTimings timings = BuildTimings.recording();
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<Void> background =
        CompletableFuture.runAsync(
            () ->
                timings.time(
                    "read threads, beside the rest",
                    () -> {
                      started.countDown();
                      await(release);
                    }));
    started.await();
    timings.time("read content", () -> {});
    release.countDown();
    background.get();
    assertEquals(List.of("read threads, beside the rest", "read content"), names(timings.stages()));
    assertTrue(timings.stages().stream().allMatch(stage -> stage.runs() == 1), timings.stages().toString());
  }

  @Test
  void aStageRunTwiceAddsUp() {
    BuildTimings timings = BuildTimings.recording();
    timings.time("link", () -> sleep(5));
    timings.time("link", () -> sleep(5));
    Timing link = timings.stages().get(0);
    assertEquals(2, link.runs());
    assertTrue(link.millis() >= 10, link.toString());
  }

  @Test
  void pagesAddUpByTheirFirstFolderOrByNameAtTheTopSlowestFirst() {
    BuildTimings timings = BuildTimings.recording();
    for (String path : List.of("essays/a/index.html", "essays/b/index.html", "index.html")) {
      Runnable stop = timings.startPage(path);
      sleep(path.startsWith("essays/") ? 5 : 1);
      stop.run();
    }
    List<Timing> folders = timings.pageFolders();
    assertEquals(List.of("essays/", "index.html"), names(folders));
    assertEquals(2, folders.get(0).runs());
    assertEquals(1, folders.get(1).runs());
  }

  private static List<String> names(List<Timing> timings) {
    return timings.stream().map(Timing::name).toList();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }
}
