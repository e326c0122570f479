package dev.floe.frame.plan;

import dev.floe.core.function.Fn1;
import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Something made from every partition, then one value from all of them in partition order: the
 * whole table ({@code compute()}), the files {@code toCsv} writes.
 *
 * @param operation the per-partition tasks' operation name
 * @param parameters what the per-partition function depends on (hashed into task keys)
 * @param each the function for partition {@code i}, given {@code i}
 * @param gatherOperation the final task's operation name
 * @param gather the final value from the per-partition values, in partition order
 */
public record Gather(FramePlan input, String operation, Object parameters, Each each,
    String gatherOperation, Fn1<Object[], Object> gather) implements ResultPlan {

  /** The function applied to partition {@code i}. */
  @FunctionalInterface
  public interface Each extends Serializable {
    /** The function for partition {@code partition}. */
    PartitionFunction at(int partition);
  }

  /** Every partition with every column, in one table-less list: what persist and collect read. */
  public static Gather whole(FramePlan input) {
    return new Gather(input, "partition", null, i -> chunk -> chunk, "partitions", parts -> parts);
  }

  @Override
  public ResultPlan withInput(FramePlan other) {
    return new Gather(other, operation, parameters, each, gatherOperation, gather);
  }

  /** Every column the input has: the function sees whole partitions. */
  @Override
  public Set<String> required() {
    return new LinkedHashSet<>(input.schema().names());
  }

  @Override
  public String label() {
    return "Gather(" + operation + " → " + gatherOperation + ")";
  }
}
