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
 *
 * <p>Outputs that read exactly the same inputs share one {@link Reads}, so each distinct set of keys
 * is stored and indexed once, however many outputs read it.
 */
public final class DependencyGraph {
  /** One distinct set of inputs and the outputs that read exactly it; compared by identity. */
  private static final class Reads {
    private final Set<String> keys;
    private final Set<String> outputs = new HashSet<>();

    private Reads(Set<String> keys) {
      this.keys = keys;
    }

    Set<String> keys() {
      return keys;
    }

    Set<String> outputs() {
      return outputs;
    }
  }

  private final Map<Set<String>, Reads> distinct = new HashMap<>();
  private final Map<String, Reads> readsOf = new HashMap<>();
  private final Map<String, Set<Reads>> readersOf = new HashMap<>();
  private Inputs previous = Inputs.none();

  /** The outputs among {@code outputs} that must be rendered against {@code now}, sorted. */
  public Set<String> stale(Collection<String> outputs, Inputs now) {
    Set<Reads> affected = new HashSet<>();
    Set<String> keys = new HashSet<>(previous.keys());
    keys.addAll(now.keys());
    for (String key : keys) {
      if (now.differs(previous, key)) {
        affected.addAll(readersOf.getOrDefault(key, Set.of()));
      }
    }
    Set<String> stale = new TreeSet<>();
    for (String output : outputs) {
      Reads reads = readsOf.get(output);
      if (reads == null || reads.keys().isEmpty() || affected.contains(reads)) {
        stale.add(output);
      }
    }
    return stale;
  }

  /** Outputs rendered before that {@code outputs} no longer contains: their files must go. */
  public List<String> removed(Collection<String> outputs) {
    Set<String> current = Set.copyOf(outputs);
    return new ArrayList<>(readsOf.keySet().stream().filter(o -> !current.contains(o)).sorted().toList());
  }

  /** Remembers what {@code output} read when it was just rendered against {@link #commit}'s inputs. */
  public void recordReads(String output, Set<String> keys) {
    forget(output);
    // Look up before copying: outputs reading the same keys share one copy.
    Reads reads = distinct.get(keys);
    if (reads == null) {
      Reads made = new Reads(Set.copyOf(keys));
      made.keys().forEach(key -> readersOf.computeIfAbsent(key, x -> new HashSet<>()).add(made));
      distinct.put(made.keys(), made);
      reads = made;
    }
    reads.outputs().add(output);
    readsOf.put(output, reads);
  }

  /** Drops an output that the build no longer produces. */
  public void forget(String output) {
    Reads reads = readsOf.remove(output);
    if (reads == null) {
      return;
    }
    reads.outputs().remove(output);
    if (reads.outputs().isEmpty()) {
      distinct.remove(reads.keys());
      for (String key : reads.keys()) {
        Set<Reads> readers = readersOf.get(key);
        if (readers != null) {
          readers.remove(reads);
        }
      }
    }
  }

  /** Makes {@code now} the values that the recorded reads refer to. */
  public void commit(Inputs now) {
    previous = now;
  }
}
