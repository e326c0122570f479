package dev.floe.runtime.schedule;

import dev.floe.runtime.event.ProgressBar;
import dev.floe.runtime.event.TaskListener;
import dev.floe.runtime.graph.TaskGraph;
import dev.floe.runtime.graph.TaskKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What every scheduler does to start a computation — make its run state, attach listeners and the
 * progress bar, arm the timeout — leaving only {@link #launch} to the subclass.
 */
abstract class BaseScheduler implements Scheduler {
  private final List<TaskListener> listeners;

  BaseScheduler(List<TaskListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  @Override
  public final Computation start(
      TaskGraph graph, Collection<TaskKey> outputs, ComputeOptions options) {
    List<TaskListener> all = new ArrayList<>(listeners);
    all.addAll(options.listeners());
    if (options.progress().enabled()) {
      all.add(new ProgressBar());
    }
    GraphRun run = new GraphRun(graph, outputs, name(), all);
    options.timeout().ifPresent(timeout -> Deadlines.enforce(run, timeout));
    run.begin();
    if (run.isRunning()) {
      launch(run);
    }
    return new Computation(run);
  }

  /** Runs the tasks of {@code run}, starting from its roots. */
  abstract void launch(GraphRun run);
}
