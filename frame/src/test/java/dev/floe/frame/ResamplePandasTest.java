package dev.floe.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.floe.io.csv.CsvOptions;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * resample against pandas' answers for the same rows (resources/resample: the CSVs and the
 * answers were written by make_golden.py with Debian's pandas 1.5): labels, empty periods
 * (a month without rows), NaN, counts and sums of empty periods.
 */
class ResamplePandasTest {
  private static Path resource(String name) throws URISyntaxException {
    return Path.of(ResamplePandasTest.class.getResource("/resample/" + name).toURI());
  }

  /** pandas' answers for one file, frequency and aggregation: label -> value. */
  private static Map<String, String> golden(String file, String freq, String agg)
      throws IOException, URISyntaxException {
    Map<String, String> answers = new LinkedHashMap<>();
    for (String line : Files.readAllLines(resource("pandas-resample.txt"))) {
      String[] parts = line.split("\\|");
      if (parts[0].equals(file) && parts[1].equals(freq) && parts[2].equals(agg)) {
        answers.put(parts[3], parts[4]);
      }
    }
    return answers;
  }

  private static Map<String, String> floe(Table table, boolean dates) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int row = 0; row < table.rowCount(); row++) {
      String label = table.column(0).getString(row).replace('T', ' ').replace(".000", "");
      values.put(label, table.column(1).isMissing(row) ? "nan" : table.column(1).getString(row));
    }
    return values;
  }

  private static void assertSame(Map<String, String> actual, Map<String, String> expected,
      String what) {
    assertThat(new ArrayList<>(actual.keySet())).as(what + " labels")
        .isEqualTo(new ArrayList<>(expected.keySet()));
    for (String label : expected.keySet()) {
      String want = expected.get(label);
      String got = actual.get(label);
      if (want.equals("nan")) {
        assertThat(got).as(what + " " + label).isEqualTo("nan");
      } else {
        assertThat(Double.parseDouble(got)).as(what + " " + label)
            .isCloseTo(Double.parseDouble(want), within(1e-9 * Math.max(1, Math.abs(
                Double.parseDouble(want)))));
      }
    }
  }

  @Test
  void dateTimeIndexResamplesAsPandasDoes() throws Exception {
    DataFrame events = DataFrame.readCsv(List.of(resource("events.csv")),
        CsvOptions.defaults().parseDates("at").blockSizeBytes(8 << 10)).setIndex("at");
    assertThat(events.npartitions()).isGreaterThan(4);
    for (String freq : List.of("D", "W", "M", "MS", "Q", "QS", "A", "AS")) {
      Resampler r = events.resample(freq);
      assertSame(floe(r.column("x").mean().compute(), false), golden("events", freq, "mean"),
          freq + " mean");
      assertSame(floe(r.column("x").sum().compute(), false), golden("events", freq, "sum"),
          freq + " sum");
      assertSame(floe(r.column("x").count().compute(), false), golden("events", freq, "count"),
          freq + " count");
      assertSame(floe(r.column("x").max().compute(), false), golden("events", freq, "max"),
          freq + " max");
      assertSame(floe(r.column("x").std().compute(), false), golden("events", freq, "std"),
          freq + " std");
      assertSame(floe(r.size().compute(), false), golden("events", freq, "size"),
          freq + " size");
    }
  }

  @Test
  void dateIndexResamplesAsPandasDoes() throws Exception {
    DataFrame daily = DataFrame.readCsv(List.of(resource("daily.csv")),
        CsvOptions.defaults().parseDates("day").blockSizeBytes(8 << 10)).setIndex("day");
    for (String freq : List.of("W", "M", "Q")) {
      Resampler r = daily.resample(freq);
      assertSame(floe(r.column("x").mean().compute(), true), golden("daily", freq, "mean"),
          freq + " mean");
      assertSame(floe(r.column("n").sum().compute(), true), golden("daily", freq, "sum"),
          freq + " sum");
    }
    Table both = daily.resample("M").column("x").agg(Aggregation.MEAN, Aggregation.COUNT).compute();
    assertThat(both.columnNames()).containsExactly("day", "x_mean", "x_count");
  }

  @Test
  void resampleNeedsADateIndexAndAKnownFrequency() throws Exception {
    DataFrame plain = DataFrame.readCsv(List.of(resource("daily.csv")),
        CsvOptions.defaults().parseDates("day"));
    assertThatThrownBy(() -> plain.resample("M")).hasMessageContaining("setIndex first");
    assertThatThrownBy(() -> plain.setIndex("n").resample("M"))
        .hasMessageContaining("the index 'n' is int64");
    assertThatThrownBy(() -> plain.setIndex("day").resample("fortnight"))
        .hasMessageContaining("unknown frequency 'fortnight'");
  }
}
