package dev.floe.array.plan;

import dev.floe.core.DType;
import dev.floe.array.Dense;
import dev.floe.array.kernel.BlockExpr;
import dev.floe.runtime.graph.TaskKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Elementwise operations over inputs that broadcast against each other. Along every dimension an
 * input either has the output's chunks or has length 1 (broadcast); the array API rechunks
 * inputs so.
 *
 * <p>Lowering fuses: an input that is itself elementwise, on the same grid, with no other
 * consumer, is folded into this node's expression, so a chain of elementwise steps is one task
 * per block and no intermediate block is held.
 */
public record Elementwise(BlockExpr expr, List<Node> inputs, DType dtype, ChunkGrid grid)
    implements Node {

  /** Copies the inputs. */
  public Elementwise {
    inputs = List.copyOf(inputs);
  }

  @Override
  public String name() {
    return expr.describe();
  }

  @Override
  public Node withInputs(List<Node> inputs) {
    return new Elementwise(expr, inputs, dtype, grid);
  }

  @Override
  public List<TaskKey> lower(Lowering lowering) {
    List<Node> leaves = new ArrayList<>();
    BlockExpr fused = fuse(this, lowering, leaves);
    List<List<TaskKey>> leafKeys = new ArrayList<>();
    for (Node leaf : leaves) {
      leafKeys.add(lowering.keys(leaf));
    }
    int[] shape = grid.shape();
    String operation = fused.describe();
    List<TaskKey> keys = new ArrayList<>();
    for (int b = 0; b < grid.blocks(); b++) {
      int[] position = grid.position(b);
      List<TaskKey> dependencies = new ArrayList<>();
      for (int i = 0; i < leaves.size(); i++) {
        ChunkGrid leafGrid = leaves.get(i).grid();
        dependencies.add(leafKeys.get(i).get(leafGrid.block(
            broadcastPosition(leafGrid, position, shape))));
      }
      keys.add(lowering.task(operation, dependencies, inputs -> {
        Dense[] blocks = new Dense[inputs.length];
        for (int i = 0; i < blocks.length; i++) {
          blocks[i] = (Dense) inputs[i];
        }
        return fused.evaluate(blocks);
      }, fused));
    }
    return keys;
  }

  /** The expression with fusible inputs inlined; {@code leaves} receives the remaining inputs. */
  private static BlockExpr fuse(Elementwise node, Lowering lowering, List<Node> leaves) {
    return node.expr.substitute(leaf -> {
      Node input = node.inputs.get(((BlockExpr.Input) leaf).index());
      if (input instanceof Elementwise child && lowering.soleConsumer(child)
          && child.grid.equals(node.grid)) {
        return fuse(child, lowering, leaves);
      }
      int index = indexOf(leaves, input);
      if (index < 0) {
        leaves.add(input);
        index = leaves.size() - 1;
      }
      return new BlockExpr.Input(index);
    });
  }

  private static int indexOf(List<Node> nodes, Node node) {
    for (int i = 0; i < nodes.size(); i++) {
      if (nodes.get(i) == node) {
        return i;
      }
    }
    return -1;
  }

  /** The block of an input that meets output block {@code position} (0 along broadcast dims). */
  static int[] broadcastPosition(ChunkGrid input, int[] position, int[] outShape) {
    int offset = position.length - input.ndim();
    int[] inputShape = input.shape();
    int[] result = new int[input.ndim()];
    for (int d = 0; d < result.length; d++) {
      boolean broadcast = inputShape[d] == 1 && outShape[d + offset] != 1;
      result[d] = broadcast ? 0 : position[d + offset];
    }
    return result;
  }
}
