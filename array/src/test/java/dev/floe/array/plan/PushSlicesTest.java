package dev.floe.array.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.floe.array.Chunking;
import dev.floe.array.NdArray;
import java.util.List;
import org.junit.jupiter.api.Test;

class PushSlicesTest {
  private static Node optimized(NdArray array) {
    return ArrayPlanner.optimize(List.of((Node) array.plan())).get(0);
  }

  @Test
  void aSliceOfAGeneratedArrayIsAGeneratorOfTheSelection() {
    NdArray x = NdArray.arange(1000, Chunking.of(100));
    NdArray sliced = x.get("250:700:3");
    assertThat(sliced.plan()).isInstanceOf(SliceNode.class); // as written
    Node plan = optimized(sliced);
    assertThat(plan).isInstanceOf(Generated.class);
    assertThat(((Generated) plan).start()).containsExactly(250);
    assertThat(((Generated) plan).step()).containsExactly(3);
    assertThat(sliced.compute().toDoubleArray()).containsExactly(
        java.util.stream.IntStream.iterate(250, i -> i < 700, i -> i + 3).asDoubleStream()
            .toArray());
  }

  @Test
  void aSliceOfAnElementwiseOperationSlicesItsInputs() {
    NdArray a = NdArray.arange(1000, Chunking.of(100));
    NdArray b = NdArray.arange(1000, Chunking.of(100)).multiply(2.0);
    NdArray sum = a.add(b).get("::-7");
    Node plan = optimized(sum);
    assertThat(plan).isInstanceOf(Elementwise.class);
    for (Node input : plan.inputs()) {
      assertThat(input).isNotInstanceOf(SliceNode.class);
    }
    double[] whole = a.add(b).compute().toDoubleArray();
    double[] got = sum.compute().toDoubleArray();
    assertThat(got).hasSize(143);
    for (int i = 0; i < got.length; i++) {
      assertThat(got[i]).isEqualTo(whole[999 - 7 * i]);
    }
  }

  @Test
  void anIntegerIndexKeepsItsSliceNode() {
    NdArray x = NdArray.arange(1000, Chunking.of(100)).reshape(10, 100);
    Node plan = optimized(x.get("3"));
    assertThat(plan).isNotInstanceOf(Generated.class);
  }
}
