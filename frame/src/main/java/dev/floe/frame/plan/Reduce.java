package dev.floe.frame.plan;

import dev.floe.core.function.Fn1;
import dev.floe.core.function.Fn2;
import dev.floe.runtime.graph.TreeReduce;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A reduction: a partial result per partition (fused with making the partition), merged pairwise
 * as a tree in partition order — so the same bits on any thread count — and then completed by
 * zero or more functions of the merged value (a mean from the statistics, a table from the
 * groups).
 *
 * @param columns the input columns the partial reads
 * @param operation the partial tasks' operation name
 * @param parameters what the partial depends on besides the partition (hashed into task keys)
 * <p>With a {@link Split}, each partial is first cut into buckets (by hash of the group key), the
 * buckets are merged as trees of their own, in parallel, and the merged buckets are combined: a
 * reduction to millions of groups then merges on every core and never holds two halves of all
 * groups in one merge (Dask's {@code split_out}).
 *
 * @param merge the merge tasks' operation name and function
 * @param split how partials are cut into buckets and merged buckets combined, or null
 * @param completions the functions applied to the merged value, in order
 */
public record Reduce(FramePlan input, List<String> columns, String operation, Object parameters,
    PartitionFunction partial, Merge merge, Split split, List<Completion> completions)
    implements ResultPlan {
  /** Copies the lists. */
  public Reduce {
    columns = List.copyOf(columns);
    completions = List.copyOf(completions);
  }

  /** A reduction merged as one tree (no split). */
  public Reduce(FramePlan input, List<String> columns, String operation, Object parameters,
      PartitionFunction partial, Merge merge, List<Completion> completions) {
    this(input, columns, operation, parameters, partial, merge, null, completions);
  }

  /**
   * How a partial is cut into buckets that merge apart, and how the merged buckets become one
   * value.
   *
   * @param buckets how many buckets; equal groups go to the same bucket in every partition
   * @param cut the buckets of one partition's partial, given the partition's number
   * @param merge a bucket's pieces of several partitions, in partition order, merged in one pass
   * @param combine the merged buckets, in bucket order, as one value
   */
  public record Split(int buckets, Fn2<Object, Integer, List<?>> cut,
      Fn1<List<Object>, Object> merge, Fn1<List<Object>, Object> combine)
      implements Serializable {}

  /** This reduction with its partials cut into buckets that merge apart. */
  public Reduce withSplit(Split split) {
    return new Reduce(input, columns, operation, parameters, partial, merge, split, completions);
  }

  /** How partial results are merged. */
  public record Merge(String operation, TreeReduce.Merge function) implements Serializable {}

  /**
   * A function of the merged value, in a task of its own.
   *
   * @param parameters what the function depends on besides its input (hashed into the task key)
   */
  public record Completion(String operation, Object parameters, Fn1<Object, Object> function)
      implements Serializable {}

  /** This reduction, then {@code function} of its value. */
  public Reduce then(String operation, Object parameters, Fn1<Object, Object> function) {
    List<Completion> more = new ArrayList<>(completions);
    more.add(new Completion(operation, parameters, function));
    return new Reduce(input, columns, this.operation, this.parameters, partial, merge, split,
        more);
  }

  @Override
  public ResultPlan withInput(FramePlan other) {
    return new Reduce(other, columns, operation, parameters, partial, merge, split, completions);
  }

  @Override
  public Set<String> required() {
    return new LinkedHashSet<>(columns);
  }

  @Override
  public String label() {
    StringBuilder text = new StringBuilder("Reduce(" + operation + " " + columns);
    if (split != null) {
      text.append(" in ").append(split.buckets()).append(" buckets");
    }
    for (Completion completion : completions) {
      text.append(" → ").append(completion.operation());
    }
    return text.append(")").toString();
  }
}
