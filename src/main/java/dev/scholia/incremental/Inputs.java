package dev.scholia.incremental;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The values one build's pages may read, each under a stable key ({@code essay:intro},
 * {@code template:essay.peb}). Values must be immutable and compare by value ({@code equals}):
 * records of strings and lists, not parse trees. Reading a value through {@link #get} notes the
 * read in the current thread's {@link ReadLog}, which is how a page's dependencies are found
 * without anyone listing them by hand.
 *
 * <p>A value may be published while it is still being computed ({@link Builder#putPending}): a
 * page that reads it waits for it, and so does comparing it with another build's. That lets a
 * slow value that few pages read (the search index) be built while the other pages render.
 */
public final class Inputs {
  /** Values by key; a value still being computed is held as a {@link Pending}. */
  private final Map<String, Object> values;

  /** A value published before it was computed; see {@link Builder#putPending}. */
  private record Pending(CompletableFuture<?> value) {}

  private Inputs(Map<String, Object> values) {
    this.values = values;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** An empty table: what "the previous build" is before the first one. */
  public static Inputs none() {
    return new Inputs(Map.of());
  }

  /**
   * The value under {@code key}, recording the read for the page being rendered.
   *
   * @throws IllegalArgumentException if no value is published under {@code key}: a page may only
   *     read what the build declared, or its dependency would go unseen
   */
  public <T> T get(String key, Class<T> type) {
    Object value = value(key);
    if (value == null) {
      throw new IllegalArgumentException("no input `" + key + "`");
    }
    ReadLog.note(key);
    return type.cast(value);
  }

  /** The value under {@code key}, waiting for it if it is pending, or {@code null}. */
  private Object value(String key) {
    Object value = values.get(key);
    return value instanceof Pending pending ? pending.value().join() : value;
  }

  Set<String> keys() {
    return values.keySet();
  }

  /** Whether {@code key} holds a different value here than in {@code other} (absent counts). */
  boolean differs(Inputs other, String key) {
    return !Objects.equals(value(key), other.value(key));
  }

  /** Collects the values; a key may be published once. */
  public static final class Builder {
    private final Map<String, Object> values = new HashMap<>();

    private Builder() {}

    public Builder put(String key, Object value) {
      Objects.requireNonNull(value, () -> "input `" + key + "` is null");
      if (values.putIfAbsent(key, value) != null) {
        throw new IllegalArgumentException("input `" + key + "` published twice");
      }
      return this;
    }

    /** Publishes the value that {@code value} is still computing; pages that read it wait for it. */
    public Builder putPending(String key, CompletableFuture<?> value) {
      return put(key, new Pending(value));
    }

    public Inputs build() {
      return new Inputs(Map.copyOf(values));
    }
  }
}
