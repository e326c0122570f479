package dev.floe.runtime.delayed;

import dev.floe.runtime.graph.TaskGraph;
import dev.floe.runtime.graph.TaskKey;
import dev.floe.runtime.lazy.Computing;
import dev.floe.runtime.lazy.Explanation;
import dev.floe.runtime.lazy.Lowered;
import dev.floe.runtime.lazy.Planner;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans delayed calls: a call is its own task, so there is nothing to optimize; equal calls are
 * one task because keys hash the function and arguments.
 */
final class DelayedPlanner implements Planner {
  static final DelayedPlanner INSTANCE = new DelayedPlanner();

  private DelayedPlanner() {}

  @Override
  public Lowered lower(List<Object> plans) {
    List<Delayed<?>> calls = new ArrayList<>();
    List<TaskKey> keys = new ArrayList<>();
    for (Object plan : plans) {
      Delayed<?> call = (Delayed<?>) plan;
      calls.add(call);
      keys.add(call.key());
    }
    return new Lowered(Delayed.graphOf(calls), keys);
  }

  @Override
  public Explanation explain(List<Object> plans) {
    StringBuilder text = new StringBuilder();
    for (Object plan : plans) {
      text.append(plan).append('\n');
    }
    TaskGraph graph = lower(plans).graph();
    return new Explanation(text.toString(), text.toString(), Computing.operations(graph));
  }
}
