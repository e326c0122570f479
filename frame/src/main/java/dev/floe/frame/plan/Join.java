package dev.floe.frame.plan;

import dev.floe.core.Schema;
import dev.floe.frame.kernel.HashJoin;
import dev.floe.frame.JoinKind;
import dev.floe.core.DType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rows of two inputs whose key columns match, as {@code kind} says, brought together by
 * {@code strategy}. Key columns have equal types on both sides (the planner casts int64 keys
 * meeting float64 ones first). Lowered by {@link JoinTasks}.
 *
 * @param divisions the output's bounds when both sides were aligned on their index, else null
 */
public record Join(FramePlan left, FramePlan right, List<String> leftOn, List<String> rightOn,
    JoinKind kind, JoinStrategy strategy, Divisions divisions) implements FramePlan {
  /** Copies the key lists. */
  public Join {
    leftOn = List.copyOf(leftOn);
    rightOn = List.copyOf(rightOn);
  }

  @Override
  public Schema schema() {
    Schema l = left.schema();
    Schema r = right.schema();
    List<String> names = HashJoin.outputNames(l.names(), r.names(), leftOn, rightOn);
    List<DType> types = new ArrayList<>(l.dtypes());
    for (String name : r.names()) {
      int key = rightOn.indexOf(name);
      if (key < 0 || !leftOn.get(key).equals(name)) {
        types.add(r.dtypeOf(name));
      }
    }
    return new Schema(names, types);
  }

  @Override
  public int partitions() {
    return switch (strategy) {
      case BROADCAST_RIGHT, ALIGNED -> left.partitions();
      case BROADCAST_LEFT -> right.partitions();
      case HASH_SHUFFLE -> Math.max(left.partitions(), right.partitions());
    };
  }

  @Override
  public List<FramePlan> inputs() {
    return List.of(left, right);
  }

  @Override
  public FramePlan withInputs(List<FramePlan> inputs) {
    return new Join(inputs.get(0), inputs.get(1), leftOn, rightOn, kind, strategy, divisions);
  }

  @Override
  public String label() {
    return "Join(" + kind.toString().toLowerCase(Locale.ROOT) + " on " + leftOn
        + (leftOn.equals(rightOn) ? "" : " = " + rightOn) + ", "
        + strategy.toString().toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
  }
}
