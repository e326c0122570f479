package dev.floe.array.plan;

import dev.floe.core.DType;
import dev.floe.array.Dense;
import dev.floe.array.kernel.BlockProduct;
import dev.floe.array.kernel.ElementwiseOp;
import dev.floe.runtime.graph.TaskKey;
import java.util.ArrayList;
import java.util.List;

/**
 * The matrix product of 2-D arrays whose inner chunks agree: output block (i, j) is the sum over
 * k of block products A(i, k) B(k, j), summed by a pairwise tree in k order.
 */
public record Matmul(Node left, Node right, DType dtype, ChunkGrid grid) implements Node {

  @Override
  public List<Node> inputs() {
    return List.of(left, right);
  }

  @Override
  public String name() {
    return "matmul";
  }

  @Override
  public Node withInputs(List<Node> inputs) {
    return new Matmul(inputs.get(0), inputs.get(1), dtype, grid);
  }

  @Override
  public List<TaskKey> lower(Lowering lowering) {
    List<TaskKey> a = lowering.keys(left);
    List<TaskKey> b = lowering.keys(right);
    int inner = left.grid().count(1);
    int columns = right.grid().count(1);
    List<TaskKey> keys = new ArrayList<>();
    for (int i = 0; i < grid.count(0); i++) {
      for (int j = 0; j < grid.count(1); j++) {
        List<TaskKey> products = new ArrayList<>();
        for (int k = 0; k < inner; k++) {
          products.add(lowering.task("matmul-block",
              List.of(a.get(i * inner + k), b.get(k * columns + j)),
              inputs -> BlockProduct.multiply((Dense) inputs[0], (Dense) inputs[1])));
        }
        keys.add(lowering.tree(products, "matmul-sum",
            (x, y) -> ElementwiseOp.ADD.apply((Dense) x, (Dense) y)));
      }
    }
    return keys;
  }
}
