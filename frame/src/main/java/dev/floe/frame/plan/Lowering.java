package dev.floe.frame.plan;

import dev.floe.core.chunk.Chunk;
import dev.floe.planner.optimize.Cull;
import dev.floe.runtime.graph.Task;
import dev.floe.runtime.graph.TaskGraph;
import dev.floe.runtime.graph.TaskKey;
import dev.floe.runtime.graph.TreeReduce;
import dev.floe.runtime.lazy.Lowered;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns optimized frame plans into one task graph: the only place that makes frame tasks.
 *
 * <p>Implementation overview. The lowering walks from the results down. A result asks a node for
 * "this function of each of your partitions"; when the node has no other consumer, the function
 * is fused into the tasks that make the partitions: over a scan, one task per block reads only the
 * scan's columns, applies the blockwise steps and the function — reading, filtering and partial
 * aggregation fused, so no intermediate partition is held. A node read by several consumers (a
 * scan shared by {@link ShareScans}, a frame used twice) is made once as tasks of its own, memoized
 * per node, and each consumer's function runs on its partitions. Prunes select partitions; whatever
 * they leave out is never asked for and is culled. Task keys hash what the value depends on — the
 * block's file, range and columns, the steps, the function's parameters, the input keys — so a
 * result asked for twice is one task, and persisted partitions are found again by key. Merges are
 * trees in partition order ({@link TreeReduce}), hence the same bits on any thread count.
 */
final class Lowering {
  /** How many pieces of a bucket one merge task takes (see {@link #splitReduce}). */
  static final int BUCKET_MERGE_FAN_IN = 16;

  private final TaskGraph.Builder graph = TaskGraph.builder();
  private final Map<FramePlan, Integer> consumers;
  private final Map<FramePlan, List<TaskKey>> made = new IdentityHashMap<>();

  private Lowering(List<ResultPlan> roots) {
    this.consumers = Dag.consumers(roots);
  }

  /** The graph of optimized {@code roots}, culled to what they need, and each root's key. */
  static Lowered lower(List<ResultPlan> roots) {
    roots = Dag.canonical(roots);
    Lowering lowering = new Lowering(roots);
    List<TaskKey> keys = new ArrayList<>();
    for (ResultPlan root : roots) {
      keys.add(lowering.result(root));
    }
    return new Lowered(Cull.cull(lowering.graph.build(), keys), keys);
  }

  /** The partitions of an optimized plan, as task keys in partition order, and their graph. */
  static Lowered lowerPartitions(FramePlan plan) {
    Gather whole = Gather.whole(plan);
    List<ResultPlan> roots = Dag.canonical(List.of(whole));
    Lowering lowering = new Lowering(roots);
    List<TaskKey> keys = lowering.partitions(roots.get(0).input());
    return new Lowered(Cull.cull(lowering.graph.build(), keys), keys);
  }

  private TaskKey result(ResultPlan root) {
    if (root instanceof Reduce reduce) {
      List<TaskKey> partials = apply(reduce.input(), reduce.operation(), reduce.parameters(),
          i -> reduce.partial());
      TaskKey key = reduce.split() == null
          ? TreeReduce.reduce(partials, reduce.merge().operation(), reduce.merge().function(),
              graph)
          : splitReduce(partials, reduce.merge(), reduce.split());
      for (Reduce.Completion completion : reduce.completions()) {
        var function = completion.function();
        Task task = new Task(TaskKey.of(completion.operation(), key, completion.parameters()),
            completion.operation(), List.of(key), in -> function.apply(in[0]));
        graph.add(task);
        key = task.key();
      }
      return key;
    }
    Gather gather = (Gather) root;
    List<TaskKey> parts = apply(gather.input(), gather.operation(), gather.parameters(),
        gather.each());
    var function = gather.gather();
    Task task = new Task(TaskKey.of(gather.gatherOperation(), parts), gather.gatherOperation(),
        parts, function::apply);
    graph.add(task);
    return task.key();
  }

  /**
   * Each partial cut into buckets by one task, one merge tree per bucket over that bucket's
   * pieces in partition order — its first level picks the bucket out of the cut partials, and
   * each merge task takes up to {@link #BUCKET_MERGE_FAN_IN} inputs at once, so a group's state is
   * copied once per level of a shallow tree — then one task combining the merged buckets.
   */
  private TaskKey splitReduce(List<TaskKey> partials, Reduce.Merge merge, Reduce.Split split) {
    int buckets = split.buckets();
    var cut = split.cut();
    List<TaskKey> cuts = new ArrayList<>();
    for (int p = 0; p < partials.size(); p++) {
      int partition = p;
      Task cutting = new Task(TaskKey.of("split-" + merge.operation(), partials.get(p), buckets,
          p), "split-" + merge.operation(), List.of(partials.get(p)),
          in -> cut.apply(in[0], partition));
      graph.add(cutting);
      cuts.add(cutting.key());
    }
    var mergeAll = split.merge();
    List<TaskKey> merged = new ArrayList<>();
    for (int b = 0; b < buckets; b++) {
      int bucket = b;
      // the first level reads bucket b out of the cut partials; later levels merged results
      List<TaskKey> level = cuts;
      boolean cutLists = true;
      while (level.size() > 1 || cutLists) {
        List<TaskKey> next = new ArrayList<>();
        for (int from = 0; from < level.size(); from += BUCKET_MERGE_FAN_IN) {
          List<TaskKey> group = List.copyOf(level.subList(from,
              Math.min(level.size(), from + BUCKET_MERGE_FAN_IN)));
          boolean pick = cutLists;
          Task task = new Task(TaskKey.of(merge.operation(), group, pick ? bucket : -1),
              merge.operation(), group, in -> {
                List<Object> pieces = new ArrayList<>(in.length);
                for (Object value : in) {
                  pieces.add(pick ? ((List<?>) value).get(bucket) : value);
                }
                return mergeAll.apply(pieces);
              });
          graph.add(task);
          next.add(task.key());
        }
        level = next;
        cutLists = false;
      }
      merged.add(level.get(0));
    }
    var combine = split.combine();
    Task combining = new Task(TaskKey.of("combine-" + merge.operation(), merged),
        "combine-" + merge.operation(), merged, in -> combine.apply(Arrays.asList(in)));
    graph.add(combining);
    return combining.key();
  }

  /** Tasks applying {@code each} to {@code node}'s partitions, fused into making them if alone. */
  private List<TaskKey> apply(FramePlan node, String operation, Object parameters,
      Gather.Each each) {
    if (consumers.get(node) > 1) {
      return perPartition(partitions(node), List.of(), operation, parameters, each);
    }
    return fused(node, operation, parameters, each);
  }

  /** The tasks that make {@code node}'s partitions, once per node. */
  private List<TaskKey> partitions(FramePlan node) {
    List<TaskKey> keys = made.get(node);
    if (keys != null) {
      return keys;
    }
    if (node instanceof Scan scan) {
      keys = fused(scan, "read-csv", scan.columns(), i -> chunk -> chunk);
    } else if (node instanceof Blockwise || node instanceof Prune) {
      keys = fused(node, "partition", null, i -> chunk -> chunk);
    } else if (node instanceof Shuffle shuffle) {
      keys = ShuffleTasks.lower(partitions(shuffle.input()), shuffle.router(), shuffle.outputs(),
          shuffle.finish(), graph);
    } else if (node instanceof Join join) {
      keys = JoinTasks.lower(join, partitions(join.left()), partitions(join.right()), graph);
    } else {
      Persisted persisted = (Persisted) node;
      graph.addAll(persisted.graph());
      keys = persisted.keys();
    }
    made.put(node, keys);
    return keys;
  }

  /**
   * {@code each} of {@code node}'s partitions, with the node's steps, its prune and its scan fused
   * into the same tasks as far as nothing else reads them.
   */
  private List<TaskKey> fused(FramePlan node, String operation, Object parameters,
      Gather.Each each) {
    List<Step> steps = List.of();
    List<Integer> subset = null;
    FramePlan base = node;
    if (base instanceof Blockwise blockwise) {
      steps = blockwise.steps();
      base = blockwise.input();
    }
    if (base instanceof Prune prune && (base == node || consumers.get(prune) == 1)) {
      subset = prune.kept();
      base = prune.input();
    }
    if (base instanceof Scan scan && (base == node || consumers.get(scan) == 1)) {
      return readTasks(scan, subset, steps, operation, parameters, each);
    }
    List<TaskKey> inputs = partitions(base);
    if (subset != null) {
      inputs = subset.stream().map(inputs::get).toList();
    }
    return perPartition(inputs, steps, operation, parameters, each);
  }

  /** One task per input partition: the steps, then the function. */
  private List<TaskKey> perPartition(List<TaskKey> inputs, List<Step> steps, String operation,
      Object parameters, Gather.Each each) {
    List<TaskKey> keys = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      PartitionFunction function = each.at(i);
      Task task = new Task(TaskKey.of(operation, inputs.get(i), steps, parameters, i), operation,
          List.of(inputs.get(i)), chunks -> finish((Chunk) chunks[0], steps, function));
      graph.add(task);
      keys.add(task.key());
    }
    return keys;
  }

  /** One fused task per block (of {@code subset}, or all): read, steps, function. */
  private List<TaskKey> readTasks(Scan scan, List<Integer> subset, List<Step> steps,
      String operation, Object parameters, Gather.Each each) {
    CsvSource source = scan.source();
    List<TaskKey> keys = new ArrayList<>();
    int count = subset == null ? source.partitions() : subset.size();
    for (int i = 0; i < count; i++) {
      int block = subset == null ? i : subset.get(i);
      List<TaskKey> inputs = source.addInputs(block, graph);
      CsvSource.BlockRead read = source.reader(block, scan.columns());
      PartitionFunction function = each.at(i);
      Task task = new Task(TaskKey.of(operation, source.token(block, scan.columns()), steps,
          parameters, i, inputs), operation, inputs,
          scans -> finish(read.read(scans), steps, function));
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
