package dev.floe.array;

import dev.floe.core.DType;
import static dev.floe.array.NdArray.shape;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Elementwise arithmetic with numpy's broadcasting and result dtypes. */
class NdArrayElementwiseTest {

  static NdArray arange(int n, int[] reshape, int... chunks) {
    double[] data = new double[n];
    for (int i = 0; i < n; i++) {
      data[i] = i;
    }
    return NdArray.fromArray(Dense.of(data, reshape), Chunking.of(chunks));
  }

  @Test
  void broadcastsAColumnAgainstARow() {
    NdArray column = arange(3, shape(3, 1), 2, 1);
    NdArray row = arange(4, shape(4), 3);
    Dense sum = column.multiply(10).add(row).compute();
    assertThat(sum.shape()).containsExactly(3, 4);
    assertThat(sum.toDoubleArray()).containsExactly(
        0, 1, 2, 3, 10, 11, 12, 13, 20, 21, 22, 23);
  }

  @Test
  void operandsWithDifferentChunksAreRechunkedToMeet() {
    NdArray a = arange(12, shape(3, 4), 1, 4);
    NdArray b = arange(12, shape(3, 4), 2, 3);
    assertThat(a.subtract(b).compute().toDoubleArray()).containsOnly(0);
  }

  @Test
  void shapesThatDoNotBroadcastAreAnErrorNamingThem() {
    assertThatThrownBy(() -> arange(6, shape(2, 3), 2, 3).add(arange(2, shape(2), 2)))
        .hasMessage("operands could not be broadcast together with shapes [2, 3] [2]");
  }

  @Test
  void resultDtypesFollowNumpy() {
    NdArray ints = NdArray.arange(6, Chunking.of(4));
    NdArray floats32 = ints.astype(DType.FLOAT32);
    NdArray ints32 = ints.astype(DType.INT32);
    assertThat(ints.add(1).dtype()).isEqualTo(DType.INT64);
    assertThat(ints.add(1.5).dtype()).isEqualTo(DType.FLOAT64);
    assertThat(ints.divide(ints).dtype()).isEqualTo(DType.FLOAT64);
    assertThat(ints32.add(ints).dtype()).isEqualTo(DType.INT64);
    assertThat(ints32.add(2).dtype()).isEqualTo(DType.INT32);
    assertThat(floats32.multiply(2.0).dtype()).isEqualTo(DType.FLOAT32);
    assertThat(floats32.add(ints32).dtype()).isEqualTo(DType.FLOAT64);
    assertThat(floats32.sqrt().dtype()).isEqualTo(DType.FLOAT32);
    assertThat(ints.sqrt().dtype()).isEqualTo(DType.FLOAT64);
    assertThat(ints.gt(2).dtype()).isEqualTo(DType.BOOL);
    assertThat(ints.divide(ints).compute().toDoubleArray()[0]).isNaN();
    assertThat(ints.pow(2).compute().data()).isEqualTo(new long[] {0, 1, 4, 9, 16, 25});
  }

  @Test
  void integerArithmeticIsExactAndWrapsLikeNumpy() {
    Dense big = Dense.of(new long[] {Long.MAX_VALUE - 1, 3}, 2);
    assertThat(NdArray.fromArray(big, Chunking.of(1)).add(1).compute().data())
        .isEqualTo(new long[] {Long.MAX_VALUE, 4});
    Dense small = Dense.of(new int[] {Integer.MAX_VALUE, -5}, 2);
    assertThat(NdArray.fromArray(small, Chunking.of(2)).add(1).compute().data())
        .isEqualTo(new int[] {Integer.MIN_VALUE, -4});
  }

  @Test
  void comparisonsWhereAndClip() {
    NdArray x = arange(6, shape(6), 4).subtract(2.5);
    assertThat(x.gt(0).compute().data()).isEqualTo(
        new boolean[] {false, false, false, true, true, true});
    assertThat(NdArray.where(x.lt(0), x.negate(), x).compute().toDoubleArray())
        .containsExactly(2.5, 1.5, 0.5, 0.5, 1.5, 2.5);
    assertThat(NdArray.where(x.lt(0), -1, 1).compute().data())
        .isEqualTo(new long[] {-1, -1, -1, 1, 1, 1});
    assertThat(x.clip(-1, 1).compute().toDoubleArray())
        .containsExactly(-1, -1, -0.5, 0.5, 1, 1);
    assertThat(x.gt(0).and(x.lt(2)).or(x.eq(-2.5)).not().compute().data()).isEqualTo(
        new boolean[] {false, true, true, false, false, true});
  }

  @Test
  void nanPropagatesThroughMaximumAndComparesFalse() {
    NdArray x = NdArray.fromArray(Dense.of(new double[] {1, Double.NaN, 3}, 3), Chunking.of(2));
    NdArray y = NdArray.fromArray(Dense.of(new double[] {2, 2, Double.NaN}, 3), Chunking.of(3));
    assertThat(x.maximum(y).compute().toDoubleArray()).containsExactly(2, Double.NaN, Double.NaN);
    assertThat(x.eq(x).compute().data()).isEqualTo(new boolean[] {true, false, true});
  }

  @Test
  void unaryFunctionsMatchJavaMath() {
    NdArray x = arange(5, shape(5), 2).add(1);
    double[] expected = new double[5];
    for (int i = 0; i < 5; i++) {
      expected[i] = Math.sin(Math.sqrt(Math.exp(Math.log(i + 1.0)))) + Math.cos(i + 1.0);
    }
    assertThat(x.log().exp().sqrt().sin().add(x.cos()).compute().toDoubleArray())
        .containsExactly(expected);
    assertThat(x.negate().abs().compute().toDoubleArray()).containsExactly(1, 2, 3, 4, 5);
  }

  @Test
  void float32ArithmeticIsSinglePrecisionAsInNumpy() {
    float third = 1f / 3f;
    NdArray x = NdArray.fromArray(Dense.of(new float[] {1f, 2f}, 2), Chunking.of(1));
    float[] result = (float[]) x.divide(3.0).multiply(3.0).compute().data();
    assertThat(result).containsExactly(third * 3f, (2f / 3f) * 3f);
  }

  @Test
  void chainsOfElementwiseStepsFuseIntoOneTaskPerBlock() {
    NdArray x = arange(100, shape(10, 10), 5, 5);
    NdArray chain = x.multiply(2).add(1).subtract(x).sqrt();
    // 4 source blocks + 4 fused blocks
    assertThat(chain.taskCount()).isEqualTo(8);
    assertThat(chain.compute().get(3, 4)).isEqualTo(Math.sqrt(34 * 2 + 1 - 34));
  }
}
