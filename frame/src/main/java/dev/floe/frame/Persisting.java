package dev.floe.frame;

import dev.floe.frame.plan.FramePlan;
import dev.floe.frame.plan.FramePlanner;
import dev.floe.frame.plan.Persisted;
import dev.floe.runtime.lazy.Lowered;
import dev.floe.runtime.schedule.Schedulers;

/** Keeping a DataFrame's partitions in the default scheduler's store, and letting them go. */
final class Persisting {
  private Persisting() {}

  static DataFrame persist(DataFrame frame) {
    FramePlan optimized = FramePlanner.optimize(frame.logicalPlan());
    Lowered partitions = FramePlanner.partitions(optimized);
    Schedulers.defaultScheduler().persist(partitions.graph(), partitions.keys());
    Persisted kept = new Persisted(partitions, optimized.schema(),
        optimized.divisions());
    FramePlanner.remember(frame.logicalPlan(), kept);
    return new DataFrame(kept, frame.index().orElse(null));
  }

  static void release(DataFrame frame) {
    FramePlanner.forget(frame.logicalPlan()).ifPresent(kept ->
        Schedulers.defaultScheduler().unpersist(kept.keys()));
  }
}
