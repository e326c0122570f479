package dev.floe.frame;

import static org.assertj.core.api.Assertions.assertThat;

import dev.floe.io.csv.CsvOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class HtmlDisplayTest {
  @TempDir Path folder;

  @Test
  void aFrameShowsItsColumnsDtypesAndPartitions() throws IOException {
    Path a = folder.resolve("a.csv");
    Path b = folder.resolve("b.csv");
    Files.writeString(a, "Origin,Delay\nEWR,5\nJFK,-3\n");
    Files.writeString(b, "Origin,Delay\nLGA,12\n");
    DataFrame df = DataFrame.readCsv(List.of(a, b), CsvOptions.defaults());
    assertThat(df.toHtml()).contains("<strong>Floe DataFrame</strong> &middot; 2 partitions",
        "<th>Origin</th><th>Delay</th>", "<th>dtype</th>");
    assertThat(df.toHtml()).as("nothing computed: no values").doesNotContain("EWR");
  }

  @Test
  void aLongTableShowsHeadEllipsisTailAndItsSize() {
    int[] values = new int[25];
    for (int i = 0; i < values.length; i++) {
      values[i] = i * 10;
    }
    Table table = Table.create("t", IntColumn.create("v", values),
        StringColumn.create("s", java.util.Collections.nCopies(25, "<b>")));
    String html = TableHtml.of(table);
    assertThat(html).contains("<th>v</th><th>s</th>", ">integer</th>", "<th>9</th><td>90</td>",
        "<th>&hellip;</th>", "<th>24</th><td>240</td>", "25 rows &times; 2 columns", "&lt;b&gt;");
    assertThat(html).doesNotContain("<th>10</th>", "<td><b></td>");
  }

  @Test
  void aShortTableShowsEveryRowAndMissingValues() {
    Table table = Table.create("t", IntColumn.create("v", new int[] {1, 2}));
    table.intColumn("v").setMissing(1);
    assertThat(TableHtml.of(table)).contains("<th>1</th><td><i>NaN</i></td>")
        .doesNotContain("&hellip;");
  }
}
