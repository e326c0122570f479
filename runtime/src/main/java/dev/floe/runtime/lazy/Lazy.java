package dev.floe.runtime.lazy;

import dev.floe.runtime.display.GraphPicture;
import dev.floe.runtime.schedule.ComputeOptions;
import dev.floe.runtime.schedule.Scheduler;
import dev.floe.runtime.schedule.Schedulers;

/**
 * A result not computed yet: a frame's reduction or group-by, an array, a delayed call. Every lazy
 * value is a plan of some {@link Planner}; {@link dev.floe.Floe#compute} gathers several, lets each
 * planner optimize its plans together (so work they share — reading the same blocks — runs once),
 * and runs the one graph they lower to.
 *
 * @param <T> the type of the computed value
 */
public interface Lazy<T> {
  /** The planner that optimizes and lowers this value's plan, with others of its kind. */
  Planner planner();

  /** This value's plan, in its planner's terms. */
  Object plan();

  /** Computes the value on the default scheduler. */
  default T compute() {
    return compute(Schedulers.defaultScheduler());
  }

  /** Computes the value on {@code scheduler}. */
  default T compute(Scheduler scheduler) {
    return compute(scheduler, ComputeOptions.defaults());
  }

  /** Computes the value on {@code scheduler} with {@code options} (timeout, listeners). */
  @SuppressWarnings("unchecked")
  default T compute(Scheduler scheduler, ComputeOptions options) {
    return (T) Computing.compute(java.util.List.of(this), scheduler, options).get(0);
  }

  /** The lowered graph of this value, as a picture (inline SVG in a notebook). */
  default GraphPicture visualize() {
    return Computing.visualize(java.util.List.of(this));
  }

  /** The plan as written, as optimized, and the tasks it becomes (text, or HTML in a notebook). */
  default Explanation explain() {
    return Computing.explain(java.util.List.of(this));
  }
}
