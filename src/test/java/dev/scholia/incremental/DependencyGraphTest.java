package dev.scholia.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class DependencyGraphTest {
  private final DependencyGraph graph = new DependencyGraph();

  /** Renders {@code pages} against {@code inputs} the way a build does, recording their reads. */
  private void render(Inputs inputs, String page, String... keys) {
    ReadLog.Recorded<String> recorded =
        ReadLog.record(() -> {
          for (String key : keys) {
            inputs.get(key, Object.class);
          }
          return page;
        });
    graph.recordReads(page, recorded.reads());
  }

  private static Inputs inputs(Object... keyValues) {
    Inputs.Builder builder = Inputs.builder();
    for (int i = 0; i < keyValues.length; i += 2) {
      builder.put((String) keyValues[i], keyValues[i + 1]);
    }
    return builder.build();
  }

  @Test
  void everyPageIsStaleBeforeTheFirstBuild() {
    assertEquals(Set.of("a", "b"), graph.stale(List.of("a", "b"), inputs("x", 1)));
  }

  @Test
  void pageIsStaleWhenAValueItReadChanges() {
    Inputs first = inputs("essay:a", "A", "essay:b", "B");
    render(first, "a.html", "essay:a");
    render(first, "b.html", "essay:b");
    graph.commit(first);

    Inputs second = inputs("essay:a", "A edited", "essay:b", "B");
    assertEquals(Set.of("a.html"), graph.stale(List.of("a.html", "b.html"), second));
  }

  @Test
  void pageIsFreshWhenOnlyValuesItDidNotReadChange() {
    Inputs first = inputs("essay:a", "A", "essay:b", "B");
    render(first, "a.html", "essay:a");
    graph.commit(first);

    assertEquals(Set.of(), graph.stale(List.of("a.html"), inputs("essay:a", "A", "essay:b", "B2")));
  }

  @Test
  void valuesCompareByEqualityNotIdentity() {
    record Card(String title, List<String> tags) {}
    Inputs first = inputs("card", new Card("T", List.of("x")));
    render(first, "index.html", "card");
    graph.commit(first);

    assertEquals(Set.of(), graph.stale(List.of("index.html"), inputs("card", new Card("T", List.of("x")))));
  }

  @Test
  void inputThatDisappearsMakesItsReadersStale() {
    Inputs first = inputs("essay:a", "A", "site", "S");
    render(first, "index.html", "essay:a", "site");
    graph.commit(first);

    assertEquals(Set.of("index.html"), graph.stale(List.of("index.html"), inputs("site", "S")));
  }

  @Test
  void newPagesAreStaleAndVanishedPagesAreReportedRemoved() {
    Inputs first = inputs("essay:a", "A");
    render(first, "a.html", "essay:a");
    graph.commit(first);

    assertEquals(Set.of("b.html"), graph.stale(List.of("b.html"), first));
    assertEquals(List.of("a.html"), graph.removed(List.of("b.html")));
  }

  @Test
  void pageThatReadNothingIsAlwaysReRendered() {
    Inputs first = inputs("essay:a", "A");
    render(first, "opaque.html");
    graph.commit(first);

    assertEquals(Set.of("opaque.html"), graph.stale(List.of("opaque.html"), first));
  }

  @Test
  void rerenderedPageDependsOnlyOnItsLatestReads() {
    Inputs first = inputs("essay:a", "A", "essay:b", "B");
    render(first, "page.html", "essay:a");
    graph.commit(first);
    render(first, "page.html", "essay:b");

    assertEquals(Set.of(), graph.stale(List.of("page.html"), inputs("essay:a", "A2", "essay:b", "B")));
    assertEquals(Set.of("page.html"), graph.stale(List.of("page.html"), inputs("essay:a", "A", "essay:b", "B2")));
  }

  @Test
  void forgottenPageNoLongerCountsAsAReader() {
    Inputs first = inputs("essay:a", "A");
    render(first, "a.html", "essay:a");
    graph.commit(first);
    graph.forget("a.html");

    assertEquals(List.of(), graph.removed(List.of()));
    assertEquals(Set.of(), graph.stale(List.of(), inputs("essay:a", "A2")));
  }

  @Test
  void outputsWithTheSameReadsStayIndependent() {
    Inputs first = inputs("essay:a", "A", "essay:b", "B");
    render(first, "search/0.js", "essay:a", "essay:b");
    render(first, "search/1.js", "essay:a", "essay:b");
    graph.commit(first);
    graph.forget("search/0.js");
    render(first, "search/1.js", "essay:b");

    assertEquals(Set.of("search/1.js"), graph.stale(List.of("search/1.js"), inputs("essay:a", "A", "essay:b", "B2")));
    assertEquals(Set.of(), graph.stale(List.of("search/1.js"), inputs("essay:a", "A2", "essay:b", "B")));
    assertEquals(List.of(), graph.removed(List.of("search/1.js")));
  }

  @Test
  void readLogsNestAndOnlyRecordTheirOwnReads() {
    Inputs inputs = inputs("outer", 1, "inner", 2);
    ReadLog.Recorded<Set<String>> outer =
        ReadLog.record(() -> {
          inputs.get("outer", Integer.class);
          return ReadLog.record(() -> inputs.get("inner", Integer.class)).reads();
        });
    assertEquals(Set.of("outer"), outer.reads());
    assertEquals(Set.of("inner"), outer.result());
  }

  @Test
  void pendingValueIsReadOnceComputedAndNotedAsARead() {
    CompletableFuture<String> index = new CompletableFuture<>();
    Inputs inputs = Inputs.builder().putPending("search:index", index).build();
    CompletableFuture<ReadLog.Recorded<String>> page =
        CompletableFuture.supplyAsync(() -> ReadLog.record(() -> inputs.get("search:index", String.class)));
    index.complete("documents");

    assertEquals("documents", page.join().result());
    assertEquals(Set.of("search:index"), page.join().reads());
  }

  @Test
  void pendingValueComparesByTheValueItBecomes() {
    Inputs first = Inputs.builder().putPending("search:index", CompletableFuture.completedFuture(List.of("a"))).build();
    render(first, "search/index.js", "search:index");
    graph.commit(first);

    Inputs same = Inputs.builder().putPending("search:index", CompletableFuture.supplyAsync(() -> List.of("a"))).build();
    assertEquals(Set.of(), graph.stale(List.of("search/index.js"), same));
    Inputs changed = Inputs.builder().putPending("search:index", CompletableFuture.supplyAsync(() -> List.of("b"))).build();
    assertEquals(Set.of("search/index.js"), graph.stale(List.of("search/index.js"), changed));
  }

  @Test
  void readingAnUnpublishedInputFailsLoudly() {
    assertThrows(IllegalArgumentException.class, () -> inputs("a", 1).get("b", Object.class));
  }

  @Test
  void publishingAKeyTwiceFails() {
    assertThrows(IllegalArgumentException.class, () -> Inputs.builder().put("a", 1).put("a", 2));
  }
}
