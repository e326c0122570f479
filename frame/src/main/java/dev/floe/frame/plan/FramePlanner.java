package dev.floe.frame.plan;

import dev.floe.planner.optimize.Optimizer;
import dev.floe.planner.optimize.Optimizer.Phase;
import dev.floe.runtime.lazy.Computing;
import dev.floe.runtime.lazy.Explanation;
import dev.floe.runtime.lazy.Lazy;
import dev.floe.runtime.lazy.Lowered;
import dev.floe.runtime.lazy.Planner;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The planner of DataFrame results: optimizes their plans together in phases, then lowers them.
 *
 * <ol>
 *   <li>simplify — {@link UsePersisted} (persisted results by plan identity), {@link Simplify};
 *   <li>push down — {@link PrunePartitions} (filters on known divisions), {@link PushProjection}
 *       (columns);
 *   <li>share — {@link ShareScans} (one read of each block for every consumer);
 *   <li>fuse — {@link Fuse} (blockwise steps into one task per partition);
 * </ol>
 *
 * then {@link Lowering} makes the tasks and culls what no result needs.
 */
public final class FramePlanner implements Planner {
  private static final FramePlanner INSTANCE = new FramePlanner();

  private static final UsePersisted PERSISTED = new UsePersisted();

  private static final Optimizer<ResultPlan> OPTIMIZER = new Optimizer<>(List.of(
      new Phase<>("simplify", List.of(PERSISTED, new Simplify())),
      new Phase<>("push down", List.of(new PrunePartitions(), new PushProjection())),
      new Phase<>("share", List.of(new ShareScans())),
      new Phase<>("fuse", List.of(new Fuse()))));

  private FramePlanner() {}

  /** The lazy value of {@code result}, planned here. */
  public static <T> Lazy<T> lazy(ResultPlan result) {
    return new PlannedValue<>(result);
  }

  /** The plans after every optimization phase. */
  public static List<ResultPlan> optimize(List<ResultPlan> roots) {
    return OPTIMIZER.optimize(Dag.canonical(roots));
  }

  /** {@code plan} as the optimizer leaves it when all of it is computed. */
  public static FramePlan optimize(FramePlan plan) {
    return optimize(List.of(Gather.whole(plan))).get(0).input();
  }

  /** The partitions of an already optimized plan, lowered: their keys and the graph. */
  public static Lowered partitions(FramePlan optimized) {
    return Lowering.lowerPartitions(optimized);
  }

  /** From now on, plans equal to {@code plan} read the partitions {@code persisted} keeps. */
  public static void remember(FramePlan plan, Persisted persisted) {
    PERSISTED.remember(plan, persisted);
  }

  /** Stops reading what {@code plan} persisted; returns the persisted partitions, if any. */
  public static Optional<Persisted> forget(FramePlan plan) {
    return PERSISTED.forget(plan);
  }

  @Override
  public Lowered lower(List<Object> plans) {
    return Lowering.lower(optimize(results(plans)));
  }

  @Override
  public Explanation explain(List<Object> plans) {
    List<ResultPlan> roots = results(plans);
    List<ResultPlan> optimized = optimize(roots);
    Lowered lowered = Lowering.lower(optimized);
    return new Explanation(Explain.tree(roots), Explain.tree(optimized),
        Computing.operations(lowered.graph()));
  }

  private static List<ResultPlan> results(List<Object> plans) {
    List<ResultPlan> roots = new ArrayList<>();
    for (Object plan : plans) {
      roots.add((ResultPlan) plan);
    }
    return roots;
  }

  /** A frame result not computed yet. */
  private static final class PlannedValue<T> implements Lazy<T> {
    private final ResultPlan plan;

    PlannedValue(ResultPlan plan) {
      this.plan = plan;
    }

    @Override
    public Planner planner() {
      return INSTANCE;
    }

    @Override
    public Object plan() {
      return plan;
    }

    @Override
    public String toString() {
      return "Lazy(" + plan.label() + ")";
    }
  }
}
