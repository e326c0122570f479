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
}
