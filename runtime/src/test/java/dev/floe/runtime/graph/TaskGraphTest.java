package dev.floe.runtime.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TaskGraphTest {
  private static Task task(String name, TaskKey... dependencies) {
    return new Task(TaskKey.of(name), name, List.of(dependencies), inputs -> name);
  }

  @Test
  void ordersTasksAfterTheirDependencies() {
    Task a = task("a");
    Task b = task("b", a.key());
    Task c = task("c", a.key(), b.key());
    TaskGraph graph = TaskGraph.builder().add(c).add(b).add(a).build();

    assertThat(graph.tasks()).containsExactly(a, b, c);
    int positionOfC = graph.position(c.key());
    assertThat(graph.dependencyCount(positionOfC)).isEqualTo(2);
    assertThat(graph.dependency(positionOfC, 0)).isEqualTo(graph.position(a.key()));
    assertThat(graph.dependentCount(graph.position(a.key()))).isEqualTo(2);
    assertThat(graph.position(TaskKey.of("zzz"))).isEqualTo(-1);
  }

  @Test
  void theSameKeyTwiceIsOneTask() {
    Task a = task("a");
    TaskGraph graph = TaskGraph.builder().add(a).add(task("a")).add(task("b", a.key())).build();
    assertThat(graph.size()).isEqualTo(2);
  }

  @Test
  void repeatedDependenciesAreKept() {
    Task a = task("a");
    Task twice = task("twice", a.key(), a.key());
    TaskGraph graph = TaskGraph.of(List.of(a, twice));
    assertThat(graph.dependencyCount(graph.position(twice.key()))).isEqualTo(2);
    assertThat(graph.dependentCount(graph.position(a.key()))).isEqualTo(2);
  }

  @Test
  void aMissingDependencyNamesTheTaskAndTheKey() {
    TaskKey ghost = TaskKey.of("ghost");
    Task needy = task("needy", ghost);
    assertThatThrownBy(() -> TaskGraph.of(List.of(needy)))
        .isInstanceOf(GraphValidationException.class)
        .hasMessageContaining(needy.key().toString())
        .hasMessageContaining("needs " + ghost)
        .satisfies(e -> assertThat(((GraphValidationException) e).keys()).containsExactly(ghost));
  }

  @Test
  void aCycleIsNamedKeyByKey() {
    TaskKey a = TaskKey.of("a");
    TaskKey b = TaskKey.of("b");
    TaskKey c = TaskKey.of("c");
    Task root = task("root");
    List<Task> tasks = List.of(
        root,
        new Task(a, "a", List.of(c, root.key()), inputs -> 1),
        new Task(b, "b", List.of(a), inputs -> 1),
        new Task(c, "c", List.of(b), inputs -> 1));
    assertThatThrownBy(() -> TaskGraph.of(tasks))
        .isInstanceOf(GraphValidationException.class)
        .hasMessageContaining("cycle")
        .hasMessageContaining(a.toString())
        .hasMessageContaining(b.toString())
        .hasMessageContaining(c.toString())
        .satisfies(e -> assertThat(((GraphValidationException) e).keys())
            .containsExactlyInAnyOrder(a, b, c)
            .doesNotContain(root.key()));
  }

  @Test
  void aTaskDependingOnItselfIsACycle() {
    TaskKey self = TaskKey.of("self");
    assertThatThrownBy(() -> TaskGraph.of(List.of(new Task(self, "self", List.of(self), in -> 1))))
        .isInstanceOf(GraphValidationException.class)
        .hasMessageContaining(self + " -> " + self);
  }

  @Test
  void taskKeysHashTheirDependencies() {
    Task a = task("a");
    Task b = task("b");
    TaskFunction f = inputs -> 1;
    assertThat(Task.of("f", List.of(a.key()), f).key())
        .isEqualTo(Task.of("f", List.of(a.key()), f).key())
        .isNotEqualTo(Task.of("f", List.of(b.key()), f).key())
        .isNotEqualTo(Task.of("f", List.of(a.key()), f, "parameter").key());
  }
}
