package dev.floe.frame.plan;

import dev.floe.io.chunk.Chunk;
import dev.floe.runtime.graph.Task;
import dev.floe.runtime.graph.TaskGraph;
import dev.floe.runtime.graph.TaskKey;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds the tasks of a DataFrame computation.
 *
 * <p>Over CSV, each partition becomes one task that reads its block (only the columns needed),
 * applies the steps and then the partition function — reading, filtering and partial aggregation
 * fused, so no intermediate partition is ever held. Over any other source (a shuffle, a join,
 * persisted partitions) the source makes its partitions and one task per partition applies the
 * steps and the function. Partial results are merged by {@link
 * dev.floe.runtime.graph.TreeReduce} in partition order, hence the same bits on any thread count.
 * Task keys hash the partition's source, the steps, the columns and the function's parameters, so
 * the same partial result asked for by two computations (a mean and a std of one column) is one
 * task, read once.
 */
public final class Lowering {
  private Lowering() {}

  /** The source columns the steps need so that the result has {@code needed}, in source order. */
  public static List<String> sourceColumns(
      PartitionSource source, List<Step> steps, Set<String> needed) {
    Set<String> required = new LinkedHashSet<>(needed);
    for (int i = steps.size() - 1; i >= 0; i--) {
      required = steps.get(i).required(required);
    }
    Set<String> wanted = required;
    return source.columns().stream().filter(wanted::contains).toList();
  }

  /**
   * Adds one task per partition computing {@code function(steps(read(partition)))}; returns their
   * keys in partition order.
   *
   * @param operation the tasks' operation name
   * @param parameters what the function's result depends on besides the partition (hashed)
   */
  public static List<TaskKey> partitionTasks(PartitionSource source, List<Step> steps,
      Set<String> needed, String operation, Object parameters, PartitionFunction function,
      TaskGraph.Builder graph) {
    List<String> columns = sourceColumns(source, steps, needed);
    if (source instanceof CsvSource csv) {
      return readTasks(csv, steps, columns, operation, parameters, function, graph);
    }
    List<TaskKey> inputs = source.lower(columns, graph);
    List<TaskKey> keys = new ArrayList<>();
    for (TaskKey input : inputs) {
      Task task = new Task(TaskKey.of(operation, input, steps, parameters), operation,
          List.of(input), chunks -> finish((Chunk) chunks[0], steps, function));
      graph.add(task);
      keys.add(task.key());
    }
    return keys;
  }

  /** One fused task per CSV block: read, steps, function. */
  private static List<TaskKey> readTasks(CsvSource source, List<Step> steps, List<String> columns,
      String operation, Object parameters, PartitionFunction function, TaskGraph.Builder graph) {
    List<TaskKey> keys = new ArrayList<>();
    for (int p = 0; p < source.partitions(); p++) {
      int partition = p;
      List<TaskKey> inputs = source.addInputs(partition, graph);
      CsvSource.BlockRead read = source.reader(partition, columns);
      Task task = new Task(
          TaskKey.of(operation, source.token(partition, columns), steps, parameters, inputs),
          operation, inputs, scans -> finish(read.read(scans), steps, function));
      graph.add(task);
      keys.add(task.key());
    }
    return keys;
  }

  /** The function's result for a partition after the steps. */
  private static Object finish(Chunk chunk, List<Step> steps, PartitionFunction function)
      throws Exception {
    for (Step step : steps) {
      chunk = step.apply(chunk);
    }
    return function.apply(chunk);
  }
}
