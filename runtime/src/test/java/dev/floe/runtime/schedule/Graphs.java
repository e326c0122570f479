package dev.floe.runtime.schedule;

import dev.floe.runtime.graph.Task;
import dev.floe.runtime.graph.TaskFunction;
import dev.floe.runtime.graph.TaskGraph;
import dev.floe.runtime.graph.TaskKey;
import java.util.ArrayList;
import java.util.List;

/** Small graphs for scheduler tests. */
final class Graphs {
  private Graphs() {}

  static Task task(String name, TaskFunction function, Task... dependencies) {
    List<TaskKey> keys = new ArrayList<>();
    for (Task dependency : dependencies) {
      keys.add(dependency.key());
    }
    return new Task(TaskKey.of(name, keys), name, keys, function);
  }

  static TaskGraph graph(Task... tasks) {
    return TaskGraph.of(List.of(tasks));
  }

  /** A task that sleeps until interrupted, counting the interrupts it saw. */
  static TaskFunction sleepUntilInterrupted(java.util.concurrent.atomic.AtomicInteger interrupts) {
    return inputs -> {
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        interrupts.incrementAndGet();
        throw e;
      }
      return "woke up";
    };
  }

  /** Waits, at most 10 s, for {@code condition}; returns whether it came true. */
  static boolean eventually(java.util.function.BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(5);
    }
    return true;
  }
}
