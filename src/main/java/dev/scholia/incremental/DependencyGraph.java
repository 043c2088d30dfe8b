package dev.scholia.incremental;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which inputs each output read when it was last rendered, and so which outputs a new build must
 * render again. An output is stale when it is new, when any input it read now has a different
 * value (or is gone), or when it read no data at all: an output whose dependencies were never
 * seen is re-rendered every time rather than trusted.
 *
 * <p>Why one table of previous values is enough: an output that was not re-rendered in a build
 * read only inputs whose values that build left unchanged, so the values of the latest build are
 * also the ones every fresh output saw.
 */
public final class DependencyGraph {
  private final Map<String, Set<String>> readsOf = new HashMap<>();
  private final Map<String, Set<String>> readersOf = new HashMap<>();
  private final Set<String> untracked = new HashSet<>();
  private Inputs previous = Inputs.none();

  /** The outputs among {@code outputs} that must be rendered against {@code now}, sorted. */
  public Set<String> stale(Collection<String> outputs, Inputs now) {
    Set<String> stale = new TreeSet<>();
    Set<String> keys = new HashSet<>(previous.keys());
    keys.addAll(now.keys());
    for (String key : keys) {
      if (now.differs(previous, key)) {
        stale.addAll(readersOf.getOrDefault(key, Set.of()));
      }
    }
    for (String output : outputs) {
      if (!readsOf.containsKey(output) || untracked.contains(output)) {
        stale.add(output);
      }
    }
    stale.retainAll(Set.copyOf(outputs));
    return stale;
  }

  /** Outputs rendered before that {@code outputs} no longer contains: their files must go. */
  public List<String> removed(Collection<String> outputs) {
    Set<String> current = Set.copyOf(outputs);
    return new ArrayList<>(readsOf.keySet().stream().filter(o -> !current.contains(o)).sorted().toList());
  }

  /** Remembers what {@code output} read when it was just rendered against {@link #commit}'s inputs. */
  public void recordReads(String output, Set<String> reads) {
    forget(output);
    readsOf.put(output, Set.copyOf(reads));
    reads.forEach(key -> readersOf.computeIfAbsent(key, k -> new HashSet<>()).add(output));
    if (reads.isEmpty()) {
      untracked.add(output);
    }
  }

  /** Drops an output that the build no longer produces. */
  public void forget(String output) {
    Set<String> old = readsOf.remove(output);
    if (old != null) {
      for (String key : old) {
        Set<String> readers = readersOf.get(key);
        if (readers != null) {
          readers.remove(output);
        }
      }
    }
    untracked.remove(output);
  }

  /** Makes {@code now} the values that the recorded reads refer to. */
  public void commit(Inputs now) {
    previous = now;
  }
}
