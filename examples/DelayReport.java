import static dev.floe.core.Expr.col;

import dev.floe.frame.DataFrame;
import dev.floe.io.csv.CsvOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Base64;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import tech.tablesaw.api.Table;

/**
 * A daily delay report, as a batch job: {@code floe run examples/DelayReport.java FLIGHTS OUT}.
 * Reads the flights CSVs in FLIGHTS, writes the mean departure delay per day and origin to
 * OUT/daily-delay/ (a committed CSV folder) and a self-contained page OUT/daily-delay.html with
 * the ten worst days and a chart of the daily mean.
 */
public class DelayReport {
  public static void main(String[] args) throws Exception {
    Path flights = Path.of(args[0]);
    Path out = Path.of(args[1]);
    Files.createDirectories(out);
    DataFrame df = DataFrame.readCsv(flights + "/*.csv", CsvOptions.defaults().parseDates("Date"))
        .filter(col("Cancelled").eq(0));

    // per day and origin, for whoever reads the CSV next
    DataFrame.fromTable(df.groupBy("Date", "Origin").column("DepDelay").mean().compute())
        .toCsv(out.resolve("daily-delay"), true);

    Table daily = df.groupBy("Date").column("DepDelay").mean().compute();
    Table worst = daily.sortDescendingOn(daily.column(1).name()).first(10);
    double[] day = new double[daily.rowCount()];
    double[] delay = new double[daily.rowCount()];
    for (int row = 0; row < daily.rowCount(); row++) {
      day[row] = ((LocalDate) daily.column(0).get(row)).toEpochDay();
      delay[row] = daily.doubleColumn(1).getDouble(row);
    }
    XYChart chart = new XYChartBuilder().width(900).height(360)
        .title("Mean departure delay per day").xAxisTitle("day (epoch days)")
        .yAxisTitle("minutes").build();
    chart.addSeries("mean delay", day, delay).setMarker(new org.knowm.xchart.style.markers.None());
    String png = Base64.getEncoder().encodeToString(
        BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG));

    StringBuilder html = new StringBuilder("<!doctype html><meta charset=utf-8>"
        + "<title>Daily delay report</title><h1>Daily delay report</h1>"
        + "<p>" + daily.rowCount() + " days from " + flights.getFileName() + "</p>"
        + "<h2>The ten worst days</h2><table border=1><tr><th>day</th><th>mean delay</th></tr>");
    for (int row = 0; row < worst.rowCount(); row++) {
      html.append("<tr><td>").append(worst.column(0).getString(row)).append("</td><td>")
          .append(String.format("%.1f", worst.doubleColumn(1).getDouble(row)))
          .append("</td></tr>");
    }
    html.append("</table><h2>Every day</h2><img alt=\"mean delay per day\" src=\"data:image/png;"
        + "base64,").append(png).append("\">");
    // committed whole: written beside, then moved into place
    Path page = out.resolve("daily-delay.html");
    Path partial = out.resolve(".daily-delay.html.partial");
    Files.writeString(partial, html, StandardCharsets.UTF_8);
    Files.move(partial, page, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    System.out.println("wrote " + out.resolve("daily-delay") + " and " + page);
  }
}
