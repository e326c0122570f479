package dev.floe.notebook;

import dev.floe.array.Dense;
import dev.floe.array.NdArray;
import dev.floe.runtime.display.Html;
import dev.floe.runtime.display.HtmlDisplayable;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A chart drawn with XChart, for where a user would rather look than read: a line over a table's
 * columns (a monthly mean, a value count) or a 1-D array, a heat map of a 2-D array slice (an
 * anomaly map). It is a PNG picture: inline in a notebook, {@link #save} to a file elsewhere.
 *
 * <pre>{@code
 * Plot.line("Mean departure delay by month", byMonth, "Month", "DepDelay")
 * Plot.heatmap("Temperature anomaly (K)", anomaly.get("0").compute())
 * }</pre>
 */
public final class Plot implements HtmlDisplayable {
  /** Width of a drawn chart, in pixels. */
  public static final int WIDTH_PX = 720;
  /** Height of a drawn chart, in pixels. */
  public static final int HEIGHT_PX = 360;
  /** A heat map with more cells along an axis than this is averaged down to it first. */
  public static final int MAX_HEATMAP_CELLS_PER_AXIS = 200;

  private final String title;
  private final byte[] png;

  private Plot(String title, Chart<?, ?> chart) {
    this.title = title;
    this.png = encode(chart);
  }

  /**
   * A line of column {@code y} against column {@code x} of a computed table, one per y column
   * given; x may be numeric, a date or a date-time (a time axis), or any other type (then drawn
   * in row order).
   *
   * @throws IllegalArgumentException naming a column that is missing or not numeric
   */
  public static Plot line(String title, Table table, String x, String... ys) {
    if (ys.length == 0) {
      throw new IllegalArgumentException("Plot.line: name at least one y column of " + table.name()
          + " (columns: " + table.columnNames() + ")");
    }
    XYChart chart = new XYChartBuilder().width(WIDTH_PX).height(HEIGHT_PX).title(title)
        .xAxisTitle(x).yAxisTitle(ys.length == 1 ? ys[0] : "").build();
    chart.getStyler().setLegendVisible(ys.length > 1);
    Column<?> xColumn = column(table, x);
    List<Date> dates = dates(xColumn);
    double[] xs = dates != null ? null
        : xColumn instanceof NumericColumn<?> ? numbers(table, xColumn)
        : positions(xColumn.size());
    for (String y : ys) {
      double[] values = numbers(table, column(table, y));
      if (dates == null) {
        chart.addSeries(y, xs, values);
      } else {
        List<Double> boxed = new ArrayList<>(values.length);
        for (double value : values) {
          boxed.add(value);
        }
        chart.addSeries(y, dates, boxed);
      }
    }
    return new Plot(title, chart);
  }

  /** A line of a computed 1-D array against its index. */
  public static Plot line(String title, Dense values) {
    if (values.ndim() != 1) {
      throw new IllegalArgumentException("Plot.line: needs a 1-D array, got shape "
          + java.util.Arrays.toString(values.shape()) + "; slice it first");
    }
    double[] ys = new double[values.shape()[0]];
    for (int i = 0; i < ys.length; i++) {
      ys[i] = values.getDouble(i);
    }
    double[] xs = positions(ys.length);
    XYChart chart = new XYChartBuilder().width(WIDTH_PX).height(HEIGHT_PX).title(title)
        .xAxisTitle("index").build();
    chart.getStyler().setLegendVisible(false);
    chart.addSeries(title, xs, ys);
    return new Plot(title, chart);
  }

  /** A heat map of a 2-D array (computed first: slice a big one down before plotting). */
  public static Plot heatmap(String title, NdArray values) {
    return heatmap(title, values.compute());
  }

  /**
   * A heat map of a computed 2-D array, row 0 at the top as an image shows it; arrays bigger
   * than {@value #MAX_HEATMAP_CELLS_PER_AXIS} cells along an axis are averaged over blocks.
   */
  public static Plot heatmap(String title, Dense values) {
    if (values.ndim() != 2) {
      throw new IllegalArgumentException("Plot.heatmap: needs a 2-D array, got shape "
          + java.util.Arrays.toString(values.shape()) + "; slice it first");
    }
    int rows = values.shape()[0];
    int columns = values.shape()[1];
    int rowStep = Math.max(1, (rows + MAX_HEATMAP_CELLS_PER_AXIS - 1) / MAX_HEATMAP_CELLS_PER_AXIS);
    int columnStep =
        Math.max(1, (columns + MAX_HEATMAP_CELLS_PER_AXIS - 1) / MAX_HEATMAP_CELLS_PER_AXIS);
    int cellRows = (rows + rowStep - 1) / rowStep;
    int cellColumns = (columns + columnStep - 1) / columnStep;
    List<Number[]> cells = new ArrayList<>(cellRows * cellColumns);
    List<Integer> xs = new ArrayList<>();
    for (int c = 0; c < cellColumns; c++) {
      xs.add(c * columnStep);
    }
    for (int r = 0; r < cellRows; r++) {
      for (int c = 0; c < cellColumns; c++) {
        double sum = 0;
        int count = 0;
        for (int i = r * rowStep; i < Math.min(rows, (r + 1) * rowStep); i++) {
          for (int j = c * columnStep; j < Math.min(columns, (c + 1) * columnStep); j++) {
            sum += values.getDouble(i * columns + j);
            count++;
          }
        }
        // XChart draws y upwards; cell y index cellRows-1-r puts row 0 at the top.
        cells.add(new Number[] {c, cellRows - 1 - r, sum / count});
      }
    }
    List<Integer> flippedYs = new ArrayList<>();
    for (int r = cellRows - 1; r >= 0; r--) {
      flippedYs.add(r * rowStep);
    }
    HeatMapChart chart = new HeatMapChartBuilder().width(WIDTH_PX).height(HEIGHT_PX).title(title)
        .xAxisTitle("column").yAxisTitle("row").build();
    chart.getStyler().setShowValue(false);
    chart.getStyler().setPlotGridLinesVisible(false);
    // Blue below, white around, red above the middle of the range: reads as an anomaly map.
    chart.getStyler().setRangeColors(new Color[] {new Color(0x3b4cc0), Color.WHITE,
        new Color(0xb40426)});
    chart.getStyler().setPlotContentSize(1);
    chart.getStyler().setXAxisTicksVisible(false);
    chart.getStyler().setYAxisTicksVisible(false);
    chart.addSeries(title, xs, flippedYs, cells);
    return new Plot(title, chart);
  }

  /** The chart as PNG bytes. */
  public byte[] png() {
    return png.clone();
  }

  /** Writes the chart as a PNG file, whole or not at all. */
  public void save(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      Path partial = Files.createTempFile(parent, file.getFileName().toString(), ".partial");
      try {
        Files.write(partial, png);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(partial);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write plot to " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toHtml() {
    return "<img alt=\"" + Html.escape(title) + "\" src=\"data:image/png;base64,"
        + Base64.getEncoder().encodeToString(png) + "\"/>";
  }

  @Override
  public String toString() {
    return "Plot(" + title + ", " + WIDTH_PX + "x" + HEIGHT_PX + " PNG; save(Path) writes it)";
  }

  private static byte[] encode(Chart<?, ?> chart) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot draw chart: " + e.getMessage(), e);
    }
  }

  private static Column<?> column(Table table, String name) {
    if (!table.containsColumn(name)) {
      throw new IllegalArgumentException("Plot: table " + table.name() + " has no column '" + name
          + "' (columns: " + table.columnNames() + ")");
    }
    return table.column(name);
  }

  private static double[] numbers(Table table, Column<?> column) {
    if (!(column instanceof NumericColumn<?> numeric)) {
      throw new IllegalArgumentException("Plot: column '" + column.name() + "' of " + table.name()
          + " is " + column.type().name() + ", not numeric");
    }
    double[] values = new double[numeric.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = numeric.isMissing(i) ? Double.NaN : numeric.getDouble(i);
    }
    return values;
  }

  /** A date or date-time column's values as instants (UTC), or null for any other column. */
  private static List<Date> dates(Column<?> column) {
    if (!(column instanceof DateColumn) && !(column instanceof DateTimeColumn)) {
      return null;
    }
    List<Date> dates = new ArrayList<>(column.size());
    for (int i = 0; i < column.size(); i++) {
      Object value = column.get(i);
      LocalDateTime time = value instanceof LocalDate day ? day.atStartOfDay()
          : (LocalDateTime) value;
      dates.add(Date.from(time.toInstant(ZoneOffset.UTC)));
    }
    return dates;
  }

  /** 0, 1, ..., count - 1: the x of values drawn in order. */
  private static double[] positions(int count) {
    double[] positions = new double[count];
    for (int i = 0; i < count; i++) {
      positions[i] = i;
    }
    return positions;
  }
}
