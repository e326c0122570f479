package dev.floe.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.floe.io.csv.CsvOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** pandas' {@code agg({"v1": "sum", "v3": ["mean", "max"]})}: several columns in one read. */
class GroupByAggTest {
  @TempDir Path folder;

  @Test
  void severalColumnsAggregatedTogetherMatchEachAlone() throws IOException {
    StringBuilder text = new StringBuilder("k,v1,v3\n");
    for (int r = 0; r < 3000; r++) {
      text.append("k").append(r % 7).append(',').append(r % 5).append(',')
          .append(r % 11 == 0 ? "" : Double.toString(r * 0.5)).append('\n');
    }
    Path file = folder.resolve("g.csv");
    Files.writeString(file, text);
    DataFrame df = DataFrame.readCsv(file.toString(), CsvOptions.defaults().blockSizeBytes(4096));
    Map<String, List<Aggregation>> spec = new LinkedHashMap<>();
    spec.put("v1", List.of(Aggregation.SUM));
    spec.put("v3", List.of(Aggregation.MEAN, Aggregation.MAX));
    Table both = df.groupBy("k").agg(spec).compute();
    assertThat(both.columnNames()).containsExactly("k", "v1", "v3_mean", "v3_max");
    Table sums = df.groupBy("k").column("v1").sum().compute();
    Table v3 = df.groupBy("k").column("v3").agg(Aggregation.MEAN, Aggregation.MAX).compute();
    assertThat(both.column("k").asList()).isEqualTo(sums.column("k").asList());
    assertThat(both.column("v1").asList()).isEqualTo(sums.column("v1").asList());
    assertThat(both.column("v3_mean").asList()).isEqualTo(v3.column("v3_mean").asList());
    assertThat(both.column("v3_max").asList()).isEqualTo(v3.column("v3_max").asList());
    assertThat(df.groupBy("k").agg(spec).explain().tasks()).containsEntry("group-stats",
        df.npartitions()); // one pass over the partitions for all columns
    assertThatThrownBy(() -> df.groupBy("k").agg(Map.of("k", List.of(Aggregation.SUM))))
        .hasMessageContaining("group key");
  }
}
