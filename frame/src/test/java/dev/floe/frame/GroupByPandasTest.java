package dev.floe.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.floe.io.csv.CsvOptions;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Group-by median, nlargest/nsmallest, corr and cov against pandas' answers for the same rows
 * (resources/groupby: the CSV and the answers were written by make_golden.py with Debian's pandas
 * 1.5): skewed and missing keys, missing values, int64 and float64 values, many partitions.
 */
class GroupByPandasTest {
  private static final double RELATIVE = 1e-9;
  private static DataFrame frame;
  private static List<String> golden;

  @BeforeAll
  static void read() throws URISyntaxException, IOException {
    Path file = Path.of(GroupByPandasTest.class.getResource("/groupby/values.csv").toURI());
    frame = DataFrame.readCsv(file.toString(), CsvOptions.defaults().blockSizeBytes(16 << 10));
    assertThat(frame.npartitions()).isGreaterThan(5);
    golden = Files.readAllLines(file.resolveSibling("pandas-groupby.txt"));
  }

  /** pandas' lines of one question as "key|value". */
  private static List<String> expected(String question) {
    List<String> lines = new ArrayList<>();
    for (String line : golden) {
      if (line.startsWith(question + "|")) {
        lines.add(line.substring(question.length() + 1));
      }
    }
    assertThat(lines).as(question).isNotEmpty();
    return lines;
  }

  /** Floe's rows as "key|value": key parts joined by '/', 'nan' for missing. */
  private static List<String> actual(Table table, int keys) {
    List<String> lines = new ArrayList<>();
    for (int row = 0; row < table.rowCount(); row++) {
      List<String> parts = new ArrayList<>();
      for (int k = 0; k < keys; k++) {
        Column<?> column = table.column(k);
        parts.add(column.isMissing(row) ? "nan" : String.valueOf(column.get(row)));
      }
      Column<?> value = table.column(keys);
      double v = value.isMissing(row) ? Double.NaN : ((Number) value.get(row)).doubleValue();
      lines.add(String.join("/", parts) + "|" + v);
    }
    return lines;
  }

  private static void assertSame(List<String> actual, List<String> expected) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      String[] a = actual.get(i).split("\\|");
      String[] e = expected.get(i).split("\\|");
      assertThat(a[0]).as("row %d", i).isEqualTo(e[0]);
      double x = Double.parseDouble(a[1]);
      double y = e[1].equals("nan") ? Double.NaN : Double.parseDouble(e[1]);
      if (Double.isNaN(y)) {
        assertThat(x).as("row %d of %s", i, e[0]).isNaN();
      } else {
        assertThat(Math.abs(x - y)).as("row %d of %s: %s against %s", i, e[0], x, y)
            .isLessThanOrEqualTo(RELATIVE * Math.max(1, Math.abs(y)));
      }
    }
  }

  @Test
  void medianAndStdPerGroup() {
    assertSame(actual(frame.groupBy("k").column("x").median().compute(), 1),
        expected("median-x-by-k"));
    assertSame(actual(frame.groupBy("k", "j").dropna(false).column("c").median().compute(), 2),
        expected("median-c-by-k-j"));
    Map<String, List<Aggregation>> both = new LinkedHashMap<>();
    both.put("x", List.of(Aggregation.MEDIAN, Aggregation.STD));
    Table together = frame.groupBy("k").agg(both).compute();
    assertThat(together.columnNames()).containsExactly("k", "x_median", "x_std");
    assertSame(actual(together.selectColumns("k", "x_median"), 1), expected("median-x-by-k"));
    assertSame(actual(together.selectColumns("k", "x_std"), 1), expected("std-x-by-k"));
  }

  @Test
  void topValuesPerGroup() {
    assertSame(actual(frame.groupBy("k").column("x").nlargest(2).compute(), 1),
        expected("nlargest2-x-by-k"));
    Table smallest = frame.groupBy("j").column("c").nsmallest(3).compute();
    assertThat(smallest.column("c").type().name()).isEqualTo("LONG");
    assertSame(actual(smallest, 1), expected("nsmallest3-c-by-j"));
    assertThatThrownBy(() -> frame.groupBy("j").column("c").nlargest(0))
        .hasMessageContaining("at least 1");
  }

  @Test
  void correlationAndCovariancePerGroup() {
    assertSame(actual(frame.groupBy("k").corr("x", "y").compute(), 1),
        expected("corr-x-y-by-k"));
    assertSame(actual(frame.groupBy("j").cov("x", "y").compute(), 1),
        expected("cov-x-y-by-j"));
    assertThatThrownBy(() -> frame.groupBy("j").corr("k", "x"))
        .hasMessageContaining("cannot aggregate column 'k'");
  }
}
