package dev.floe.runtime.graph;

import java.io.Serializable;
import java.util.Objects;

/**
 * The identity of a task: a readable name (usually the operation) and a 128-bit content hash.
 *
 * <p>Keys are made by {@link #of(String, Object...)} from the operation name and everything the
 * result depends on — parameters, functions, dependency keys. Equal work gives equal keys, in this
 * run and the next; different parameters give different keys. Two keys are equal when their
 * names and hashes are equal. {@link #toString()} reads like Dask's keys: {@code inc-3fa2c1d0…}.
 */
public final class TaskKey implements Comparable<TaskKey>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final int SHORT_HEX_DIGITS = 12;

  private final String name;
  private final long high;
  private final long low;

  TaskKey(String name, long high, long low) {
    this.name = Objects.requireNonNull(name, "name");
    this.high = high;
    this.low = low;
  }

  /**
   * Makes the key of the work {@code name(parts...)}: a hash of the name and of every part's
   * content, as {@link Tokenizer} defines it. Parts may be other keys (dependencies), values,
   * collections, records and serializable functions.
   */
  public static TaskKey of(String name, Object... parts) {
    KeyHasher hasher = new KeyHasher();
    hasher.putString(name);
    Tokenizer tokenizer = Tokenizer.instance();
    for (Object part : parts) {
      tokenizer.tokenize(part, hasher);
    }
    return hasher.finish(name);
  }

  /** The readable part of the key, usually the operation name. */
  public String name() {
    return name;
  }

  /** The full 128-bit hash as 32 hexadecimal digits. */
  public String hash() {
    return String.format("%016x%016x", high, low);
  }

  long high() {
    return high;
  }

  long low() {
    return low;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TaskKey key
        && key.high == high
        && key.low == low
        && key.name.equals(name);
  }

  @Override
  public int hashCode() {
    return (int) (low ^ (low >>> 32));
  }

  /** Orders keys by name, then hash: a stable order for display and deterministic iteration. */
  @Override
  public int compareTo(TaskKey other) {
    int byName = name.compareTo(other.name);
    if (byName != 0) {
      return byName;
    }
    int byHigh = Long.compareUnsigned(high, other.high);
    return byHigh != 0 ? byHigh : Long.compareUnsigned(low, other.low);
  }

  /** The name and the first hash digits, e.g. {@code inc-3fa2c1d09e8b}. */
  @Override
  public String toString() {
    return name + "-" + hash().substring(0, SHORT_HEX_DIGITS);
  }
}
