package dev.floe.frame.plan;

import dev.floe.planner.optimize.Rule;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Persisted results found by plan identity: any part of a plan equal to a plan that was persisted
 * (and not released) reads the kept partitions instead of recomputing them — also from frames
 * built before {@code persist()} was called, or built again the same way.
 */
final class UsePersisted implements Rule<ResultPlan> {
  private final Map<FramePlan, Persisted> kept = new HashMap<>(); // guarded by this

  /** From now on, plans equal to {@code plan} read {@code persisted}. */
  synchronized void remember(FramePlan plan, Persisted persisted) {
    if (plan.partitions() == persisted.partitions()) { // else the plan's consumers count others
      kept.put(plan, persisted);
    }
  }

  /**
   * Forgets what {@code plan} — a persisted frame's plan, the plan it was made from, or a chain of
   * steps and prunes over either — reads; returns it.
   */
  synchronized Optional<Persisted> forget(FramePlan plan) {
    FramePlan node = plan;
    while (true) {
      Persisted persisted = node instanceof Persisted p ? p : kept.get(node);
      if (persisted != null) {
        kept.values().removeIf(value -> value == persisted);
        return Optional.of(persisted);
      }
      if (!(node instanceof Blockwise || node instanceof Prune)) {
        return Optional.empty();
      }
      node = node.inputs().get(0);
    }
  }

  @Override
  public List<ResultPlan> apply(List<ResultPlan> roots) {
    Map<FramePlan, Persisted> now;
    synchronized (this) {
      if (kept.isEmpty()) {
        return roots;
      }
      now = new HashMap<>(kept);
    }
    return Dag.rewrite(roots, (original, node) -> {
      Persisted persisted = now.get(original);
      return persisted == null ? node : persisted;
    });
  }
}
