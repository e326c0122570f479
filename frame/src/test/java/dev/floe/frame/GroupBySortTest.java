package dev.floe.frame;

import static org.assertj.core.api.Assertions.assertThat;

import dev.floe.io.csv.CsvOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** pandas' {@code groupby(sort=False)}: groups in the order they first appear. */
class GroupBySortTest {
  @TempDir Path folder;

  @Test
  void unsortedGroupsComeInTheOrderTheyFirstAppearAcrossPartitions() throws IOException {
    StringBuilder text = new StringBuilder("k,v\n");
    String[] order = {"m", "c", "x", "a", "m", "q", "c", "b"};
    for (int r = 0; r < 4000; r++) {
      text.append(order[Math.min(r / 500, order.length - 1)]).append(',').append(r).append('\n');
    }
    Path file = folder.resolve("kv.csv");
    Files.writeString(file, text);
    DataFrame df = DataFrame.readCsv(file.toString(), CsvOptions.defaults().blockSizeBytes(2048));
    assertThat(df.npartitions()).isGreaterThan(4);
    Table unsorted = df.groupBy("k").sort(false).column("v").sum().compute();
    assertThat(unsorted.stringColumn("k").asList()).containsExactly("m", "c", "x", "a", "q", "b");
    Table sorted = df.groupBy("k").column("v").sum().compute();
    assertThat(sorted.stringColumn("k").asList()).containsExactly("a", "b", "c", "m", "q", "x");
    assertThat(unsorted.sortAscendingOn("k").toString()).isEqualTo(sorted.toString());
  }

  @Test
  void manyGroupsMergedInBucketsKeepFirstAppearanceAndSums() throws IOException {
    // 20 000 rows, keys drawn so that most groups appear in several partitions
    java.util.Random random = new java.util.Random(8);
    StringBuilder text = new StringBuilder("k,j,v\n");
    java.util.Map<String, Long> expected = new java.util.LinkedHashMap<>();
    for (int r = 0; r < 20_000; r++) {
      int k = random.nextInt(3000);
      int j = random.nextInt(3);
      long v = random.nextInt(100);
      text.append('k').append(k).append(',').append(j).append(',').append(v).append('\n');
      expected.merge("k" + k + "/" + j, v, Long::sum);
    }
    Path file = folder.resolve("many.csv");
    Files.writeString(file, text);
    DataFrame df = DataFrame.readCsv(file.toString(), CsvOptions.defaults().blockSizeBytes(16 << 10));
    assertThat(df.npartitions()).isGreaterThan(8);
    assertThat(df.groupBy("k", "j").column("v").sum().explain().toString()).contains("buckets");
    Table unsorted = df.groupBy("k", "j").sort(false).column("v").sum().compute();
    java.util.List<String> actual = new java.util.ArrayList<>();
    for (int row = 0; row < unsorted.rowCount(); row++) {
      actual.add(unsorted.stringColumn("k").get(row) + "/" + unsorted.longColumn("j").get(row)
          + "=" + unsorted.doubleColumn("v").get(row).longValue());
    }
    assertThat(actual).containsExactlyElementsOf(expected.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue()).toList());
  }
}
