package dev.floe.array;

import dev.floe.core.DType;
import static dev.floe.array.NdArray.shape;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.floe.io.hdf5.Hdf5Exception;
import dev.floe.io.hdf5.Hdf5Files;
import dev.floe.runtime.schedule.Schedulers;
import dev.floe.runtime.schedule.TaskFailedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Creation, chunking, HDF5, determinism, errors and the repr. */
class NdArrayBehaviourTest {
  @TempDir Path temp;

  @Test
  void randomNumbersDoNotDependOnChunkingOrThreads() {
    Dense a = NdArray.random(42).normal(10, 0.1, shape(50, 70), Chunking.of(7, 11))
        .compute(Schedulers.local(8));
    Dense b = NdArray.random(42).normal(10, 0.1, shape(50, 70), Chunking.of(50, 70))
        .compute(Schedulers.sync());
    assertThat(a.data()).isEqualTo(b.data());
    Dense other = NdArray.random(43).normal(10, 0.1, shape(50, 70), Chunking.of(50, 70))
        .compute();
    assertThat(other.data()).isNotEqualTo(a.data());
  }

  @Test
  void randomNumbersHaveTheAskedDistribution() {
    NdArray normal = NdArray.random(7).normal(10, 2, shape(1000, 1000), Chunking.of(250, 500));
    assertThat(normal.mean().compute().item()).isCloseTo(10, within(0.01));
    assertThat(normal.std().compute().item()).isCloseTo(2, within(0.01));
    NdArray below = normal.lt(10 - 2 * 1.959964).astype(DType.INT64).sum();
    assertThat(below.compute().item() / 1e6).isCloseTo(0.025, within(0.001));
    NdArray uniform = NdArray.random(7).uniform(-1, 3, shape(1_000_000), Chunking.auto());
    assertThat(uniform.min().compute().item()).isGreaterThanOrEqualTo(-1);
    assertThat(uniform.max().compute().item()).isLessThan(3);
    assertThat(uniform.mean().compute().item()).isCloseTo(1, within(0.01));
  }

  @Test
  void slicingAGeneratedArrayGeneratesOnlyTheSliceAndTheSameNumbers() {
    NdArray x = NdArray.random(1).normal(0, 1, shape(40, 60), Chunking.of(10, 10));
    NdArray sliced = x.get("::3, 25:-2:2");
    NdArray viaCopy = NdArray.fromArray(x.compute(), Chunking.of(10, 10)).get("::3, 25:-2:2");
    assertThat(sliced.compute().data()).isEqualTo(viaCopy.compute().data());
    assertThat(sliced.toString()).startsWith("NdArray<getitem,"); // as written
    assertThat(sliced.explain().optimized()).startsWith("#1 normal"); // generates the slice only
    NdArray reversed = x.get("::-7, ::-9");
    assertThat(reversed.compute().data()).isEqualTo(
        NdArray.fromArray(x.compute(), Chunking.of(10, 10)).get("::-7, ::-9").compute().data());
  }

  @Test
  void reductionsAreBitIdenticalOnEverySchedulerAndThreadCount() {
    NdArray x = NdArray.random(3).normal(0, 1, shape(300, 200), Chunking.of(37, 41));
    List<NdArray> reductions = List.of(x.sum(), x.mean(0), x.std(1), x.var(1, new int[0]),
        x.max(0), x.argmin());
    for (NdArray reduction : reductions) {
      Dense sync = reduction.compute(Schedulers.sync());
      for (int threads : new int[] {1, 2, 8}) {
        assertThat(reduction.compute(Schedulers.local(threads)).data())
            .as(reduction + " on " + threads + " threads").isEqualTo(sync.data());
      }
    }
  }

  @Test
  void creationFunctions() {
    assertThat(NdArray.arange(5, Chunking.of(2)).compute().data())
        .isEqualTo(new long[] {0, 1, 2, 3, 4});
    assertThat(NdArray.arange(1, 2, 0.25, Chunking.of(3)).compute().toDoubleArray())
        .containsExactly(1, 1.25, 1.5, 1.75);
    assertThat(NdArray.linspace(0, 1, 5, Chunking.of(2)).compute().toDoubleArray())
        .containsExactly(0, 0.25, 0.5, 0.75, 1);
    assertThat(NdArray.ones(shape(2, 3), Chunking.of(1, 2)).sum().compute().item()).isEqualTo(6);
    assertThat(NdArray.full(7, shape(2, 2), DType.INT32, Chunking.auto()).compute().data())
        .isEqualTo(new int[] {7, 7, 7, 7});
    NdArray x = NdArray.zeros(shape(20000, 20000), Chunking.auto());
    assertThat(x.chunkSize()).containsExactly(4096, 4096);
    assertThat(x.chunks()[0]).containsExactly(4096, 4096, 4096, 4096, 3616);
    assertThat(NdArray.zeros(shape(268_435_456), Chunking.auto()).astype(DType.FLOAT32)
        .numBlocks()).isEqualTo(16);
    NdArray huge = NdArray.zeros(shape(50000, 50000), Chunking.auto());
    assertThatThrownBy(() -> huge.add(1).compute()).hasMessageStartingWith(
        "this array has 2500000000 elements, more than one Java array holds");
    assertThat(NdArray.stack(List.of(x, x), 0).toString()).startsWith("NdArray<stack,");
  }

  @Test
  void reprReadsLikeDasks() {
    NdArray x = NdArray.random(0).normal(10, 0.1, shape(20000, 20000), Chunking.of(1000, 1000));
    assertThat(x.toString()).isEqualTo("NdArray<normal, shape=(20000, 20000), dtype=float64, "
        + "chunksize=(1000, 1000), chunks=400, tasks=400, bytes=2.98 GiB>");
    NdArray masked = x.get(":10, :10").get(x.get(":10, :10").gt(10));
    assertThat(masked.toString()).contains("shape=(nan,)")
        .contains("chunk sizes unknown until computed");
    assertThatThrownBy(() -> masked.get(":5")).hasMessageContaining("computeChunkSizes()");
    NdArray known = masked.computeChunkSizes();
    assertThat(known.shape()[0]).isEqualTo((int) x.get(":10, :10").gt(10).astype(DType.INT64)
        .sum().compute().item());
    assertThat(known.get(":5").compute().size()).isEqualTo(5);
    assertThat(masked.sum().compute().item()).isCloseTo(known.sum().compute().item(),
        within(1e-9));
  }

  @Test
  void hdf5RoundTripAndTheWeatherAnomaly() {
    List<NdArray> days = new ArrayList<>();
    for (int day = 0; day < 4; day++) {
      Path file = temp.resolve("weather/" + day + ".hdf5");
      NdArray.random(day).normal(280, 5, shape(30, 40), Chunking.of(30, 40))
          .astype(DType.FLOAT32).toHdf5(file, "/t2m");
      days.add(NdArray.fromHdf5(file, "/t2m", 12, 15));
    }
    NdArray t = NdArray.stack(days, 0);
    assertThat(t.shape()).containsExactly(4, 30, 40);
    assertThat(t.chunkSize()).containsExactly(1, 12, 15);
    NdArray anomaly = t.index(0).subtract(t.mean(0));
    Path out = temp.resolve("anomaly.hdf5");
    anomaly.toHdf5(out, "/anomaly");
    Dense written = NdArray.fromHdf5(out, "/anomaly").compute();
    assertThat(written.dtype()).isEqualTo(DType.FLOAT32);
    Dense first = days.get(0).compute();
    double[] mean = new double[30 * 40];
    for (NdArray day : days) {
      Dense values = day.compute();
      for (int k = 0; k < mean.length; k++) {
        mean[k] += values.getDouble(k) / 4;
      }
    }
    for (int k = 0; k < mean.length; k++) {
      assertThat(written.getDouble(k)).isCloseTo(first.getDouble(k) - (float) mean[k],
          within(1e-3));
    }
    assertThat(Hdf5Files.describe(out, "/anomaly").storageChunks()).containsExactly(12, 15);
  }

  @Test
  void hdf5ErrorsNameTheFileAndDataset() throws Exception {
    Path file = temp.resolve("x.hdf5");
    NdArray.arange(10, Chunking.auto()).toHdf5(file, "/x");
    assertThat(NdArray.fromHdf5(file, "/x").sum().compute().item()).isEqualTo(45);
    assertThatThrownBy(() -> NdArray.fromHdf5(file, "/y")).isInstanceOf(Hdf5Exception.class)
        .hasMessageContaining("x.hdf5 dataset /y: no such dataset");
    NdArray lazy = NdArray.fromHdf5(file, "/x", 5);
    Files.write(file, new byte[] {1, 2, 3});
    assertThatThrownBy(lazy::compute).isInstanceOf(TaskFailedException.class)
        .cause().isInstanceOf(Hdf5Exception.class).hasMessageContaining("x.hdf5");
  }

  @Test
  void matmulOfTheTutorialAgreesWithANaiveProduct() {
    int n = 23;
    NdArray x = NdArray.random(5).uniform(-1, 1, shape(n, n), Chunking.of(10, 10));
    Dense product = x.add(x.transpose()).matmul(x).compute();
    Dense values = x.compute();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double expected = 0;
        for (int k = 0; k < n; k++) {
          expected += (values.get(i, k) + values.get(k, i)) * values.get(k, j);
        }
        assertThat(product.get(i, j)).isCloseTo(expected, within(1e-12));
      }
    }
    assertThat(product.toMatrix().getNumRows()).isEqualTo(n);
    assertThatThrownBy(() -> x.matmul(NdArray.zeros(shape(3, 4), Chunking.auto())))
        .hasMessageContaining("size 3 is different from 23");
  }

  @Test
  void rechunkReshapeAndMapBlocks() {
    NdArray x = NdArray.arange(24, Chunking.of(5));
    assertThatThrownBy(() -> x.reshape(4, 6)).hasMessageContaining("rechunk");
    assertThat(x.rechunk(6).reshape(4, 6).compute().get(3, 5)).isEqualTo(23);
    assertThat(x.rechunk(4).reshape(-1, 4).compute().shape()).containsExactly(6, 4);
    NdArray square = NdArray.arange(36, Chunking.of(36)).reshape(6, 6).rechunk(4, 5);
    assertThat(square.chunks()).isDeepEqualTo(new int[][] {{4, 2}, {5, 1}});
    assertThat(square.rechunk(6, 3).compute().data())
        .isEqualTo(NdArray.arange(36, Chunking.auto()).compute().data());
    NdArray doubled = square.mapBlocks(block -> {
      long[] values = ((long[]) block.data()).clone();
      for (int i = 0; i < values.length; i++) {
        values[i] *= 2;
      }
      return Dense.of(values, block.shape());
    });
    assertThat(doubled.sum().compute().item()).isEqualTo(2 * 630);
    NdArray wrong = square.mapBlocks(block -> Dense.of(new double[1], 1));
    // whichever block runs first is the one reported
    assertThatThrownBy(wrong::compute).rootCause().hasMessageMatching("mapBlocks: block "
        + "\\[\\d, \\d\\] should come back with shape \\[\\d, \\d\\] and dtype int64, the "
        + "function returned shape \\[1\\] dtype float64");
  }

  @Test
  void indexingErrorsUseNumpysWords() {
    NdArray x = NdArray.zeros(shape(3, 4), Chunking.auto());
    assertThatThrownBy(() -> x.index(3)).hasMessage(
        "index 3 is out of bounds for axis 0 with size 3");
    assertThatThrownBy(() -> x.get("1, 2, 3")).hasMessage(
        "too many indices for array: array is 2-dimensional, but 3 were indexed");
    assertThatThrownBy(() -> x.get("::0")).hasMessageContaining("slice step cannot be zero");
    assertThatThrownBy(() -> x.sum(2)).hasMessage(
        "axis 2 is out of bounds for array of dimension 2");
    assertThatThrownBy(() -> x.get("5:").min().compute())
        .hasRootCauseMessage("zero-size array to reduction operation min which has no identity");
    assertThat(x.get("5:").sum().compute().item()).isEqualTo(0);
    assertThat(x.get("5:").mean().compute().item()).isNaN();
  }
}
