package dev.floe.array;

import static dev.floe.array.NdArray.shape;
import static org.assertj.core.api.Assertions.assertThat;

import dev.floe.cluster.LocalCluster;
import dev.floe.runtime.schedule.Scheduler;
import dev.floe.runtime.schedule.Schedulers;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * NdArray reductions on a cluster of two worker JVMs give bit-identical results to the local
 * scheduler: blocks travel raw between workers, and the reduction trees keep their order.
 */
class ClusterArrayTest {
  private static LocalCluster cluster;
  private static Scheduler local;

  @BeforeAll
  static void start() {
    local = Schedulers.local(2);
    cluster = LocalCluster.start(2, 1);
  }

  @AfterAll
  static void stop() {
    if (cluster != null) {
      cluster.close();
    }
    if (local != null) {
      local.close();
    }
  }

  private static void sameOnBoth(Supplier<NdArray> array) {
    Dense onCluster = array.get().compute(cluster.scheduler());
    Dense onLocal = array.get().compute(local);
    assertThat(onCluster.toString()).isEqualTo(onLocal.toString());
  }

  @Test
  void meanAndStdOfARandomArray() {
    sameOnBoth(() -> NdArray.random(7).normal(10, 2, shape(600, 800), Chunking.of(150, 200))
        .mean());
    sameOnBoth(() -> NdArray.random(7).normal(10, 2, shape(600, 800), Chunking.of(150, 200))
        .std());
  }

  @Test
  void sumAlongAnAxisAndAMatrixProduct() {
    sameOnBoth(() -> {
      NdArray x = NdArray.random(3).uniform(0, 1, shape(300, 300), Chunking.of(100, 100));
      return x.add(x.transpose()).matmul(x).sum(0);
    });
  }
}
