package dev.floe.planner.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.floe.runtime.graph.Task;
import dev.floe.runtime.graph.TaskGraph;
import dev.floe.runtime.graph.TaskKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class CullTest {
  private static Task task(String name, Task... dependencies) {
    List<TaskKey> keys = java.util.Arrays.stream(dependencies).map(Task::key).toList();
    return new Task(TaskKey.of(name, keys), name, keys, inputs -> name);
  }

  private final Task a = task("a");
  private final Task b = task("b", a);
  private final Task c = task("c", b);
  private final Task unrelated = task("unrelated");
  private final Task sibling = task("sibling", a);
  private final TaskGraph graph = TaskGraph.of(List.of(a, b, c, unrelated, sibling));

  @Test
  void keepsTheKeysAndEverythingTheyNeed() {
    TaskGraph culled = Cull.cull(graph, List.of(c.key()));
    assertThat(culled.tasks()).containsExactly(a, b, c);
  }

  @Test
  void keepsTheUnionForSeveralKeys() {
    TaskGraph culled = Cull.cull(graph, List.of(b.key(), sibling.key()));
    assertThat(culled.tasks()).containsExactlyInAnyOrder(a, b, sibling);
  }

  @Test
  void returnsTheSameGraphWhenEverythingIsNeeded() {
    assertThat(Cull.cull(graph, List.of(c.key(), unrelated.key(), sibling.key()))).isSameAs(graph);
  }

  @Test
  void anUnknownKeyIsNamed() {
    TaskKey ghost = TaskKey.of("ghost");
    assertThatThrownBy(() -> Cull.cull(graph, List.of(ghost)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(ghost.toString());
  }
}
