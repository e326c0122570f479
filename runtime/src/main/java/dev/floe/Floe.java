package dev.floe;

import dev.floe.runtime.delayed.Delayed;
import dev.floe.runtime.display.GraphPicture;
import dev.floe.runtime.lazy.Computing;
import dev.floe.runtime.lazy.Explanation;
import dev.floe.runtime.lazy.Lazy;
import dev.floe.runtime.lazy.Lowered;
import dev.floe.runtime.schedule.Schedulers;
import java.util.List;

/**
 * Floe's front door for several lazy values at once — frame reductions and group-bys, arrays,
 * delayed calls, in any mix. They are optimized together and run as one graph, so work they share
 * (reading the same blocks, the same per-partition statistics) runs once:
 *
 * <pre>{@code
 * var both = Floe.compute(df.column("DepDelay").mean(), df.column("DepDelay").std());
 * double mean = both.first(), std = both.second();
 * }</pre>
 */
public final class Floe {
  private Floe() {}

  /** Two computed values, in the order they were asked for. */
  public record Pair<A, B>(A first, B second) {}

  /** Three computed values, in the order they were asked for. */
  public record Triple<A, B, C>(A first, B second, C third) {}

  /** Computes two values in one run on the default scheduler. */
  @SuppressWarnings("unchecked")
  public static <A, B> Pair<A, B> compute(Lazy<A> a, Lazy<B> b) {
    List<Object> values = computeAll(List.of(a, b));
    return new Pair<>((A) values.get(0), (B) values.get(1));
  }

  /** Computes three values in one run on the default scheduler. */
  @SuppressWarnings("unchecked")
  public static <A, B, C> Triple<A, B, C> compute(Lazy<A> a, Lazy<B> b, Lazy<C> c) {
    List<Object> values = computeAll(List.of(a, b, c));
    return new Triple<>((A) values.get(0), (B) values.get(1), (C) values.get(2));
  }

  /** Computes every value in one run on the default scheduler; values in the given order. */
  public static List<Object> compute(Lazy<?>... values) {
    return computeAll(List.of(values));
  }

  /** Computes every value in one run on the default scheduler; values in the given order. */
  public static List<Object> computeAll(List<? extends Lazy<?>> values) {
    return Computing.compute(values, Schedulers.defaultScheduler());
  }

  /**
   * Computes {@code value} now and keeps it in the default scheduler's memory (spilled to disk
   * under pressure); the value returned reads it instead of recomputing, as long as the scheduler
   * holds it. A frame or an array is better persisted with its own {@code persist()}, which keeps
   * its partitions or blocks for the operations that follow.
   */
  public static <T> Lazy<T> persist(Lazy<T> value) {
    Lowered lowered = Computing.lower(List.of(value));
    Schedulers.defaultScheduler().persist(lowered.graph(), lowered.keys());
    return Delayed.of(lowered.graph(), lowered.keys().get(0));
  }

  /** What the values are planned as, optimized to, and the tasks they become, together. */
  public static Explanation explain(Lazy<?>... values) {
    return Computing.explain(List.of(values));
  }

  /** The one graph of the values, as a picture (inline SVG in a notebook). */
  public static GraphPicture visualize(Lazy<?>... values) {
    return Computing.visualize(List.of(values));
  }
}
