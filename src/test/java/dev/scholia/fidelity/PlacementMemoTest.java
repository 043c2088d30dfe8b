package dev.scholia.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scholia.model.Discussion;
import dev.scholia.model.LineKind;
import dev.scholia.model.SourceLine;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PlacementMemoTest {
  private static final SourceLine LINE = new SourceLine("seeds/t.txt", 1, LineKind.TEXT, "A paragraph.");
  private final List<Discussion> threads = new ArrayList<>();
  private final PlacementMemo<Integer> memo = new PlacementMemo<>();
  private final AtomicInteger made = new AtomicInteger();

  private static Provenance placedIn(String essay) {
    return new Provenance(new IdentityHashMap<>(), Map.of(LINE, new Provenance.Placement(essay, Provenance.anchorOf(LINE), null)));
  }

  private int get(List<Discussion> threads, Provenance provenance, Object also) {
    return memo.get(threads, provenance, also, made::incrementAndGet);
  }

  @Test
  void theValueIsMadeAgainOnlyWhenTheThreadsAPlacementOrTheOtherKeyChanged() {
    assertEquals(1, get(threads, placedIn("a"), "x"));
    assertEquals(1, get(threads, placedIn("a"), "x"), "equal placements of other trees, same key");
    assertEquals(2, get(threads, placedIn("b"), "x"), "a line moved to another essay");
    assertEquals(3, get(threads, placedIn("b"), "y"), "the other key changed");
    assertEquals(4, get(new ArrayList<>(threads), placedIn("b"), "y"), "the threads were read again: a new list, even an equal one");
  }
}
