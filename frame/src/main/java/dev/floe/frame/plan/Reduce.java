package dev.floe.frame.plan;

import dev.floe.core.function.Fn1;
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
 * @param merge the merge tasks' operation name and function
 * @param completions the functions applied to the merged value, in order
 */
public record Reduce(FramePlan input, List<String> columns, String operation, Object parameters,
    PartitionFunction partial, Merge merge, List<Completion> completions) implements ResultPlan {
  /** Copies the lists. */
  public Reduce {
    columns = List.copyOf(columns);
    completions = List.copyOf(completions);
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
    return new Reduce(input, columns, this.operation, this.parameters, partial, merge, more);
  }

  @Override
  public ResultPlan withInput(FramePlan other) {
    return new Reduce(other, columns, operation, parameters, partial, merge, completions);
  }

  @Override
  public Set<String> required() {
    return new LinkedHashSet<>(columns);
  }

  @Override
  public String label() {
    StringBuilder text = new StringBuilder("Reduce(" + operation + " " + columns);
    for (Completion completion : completions) {
      text.append(" → ").append(completion.operation());
    }
    return text.append(")").toString();
  }
}
