package dev.floe.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.floe.core.DType;
import dev.floe.array.Dense;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class PlotTest {
  @TempDir Path folder;

  private static final Table BY_MONTH = Table.create("by-month",
      IntColumn.create("Month", 1, 2, 3, 4),
      DoubleColumn.create("DepDelay", 7.5, 9.25, 6.0, 11.0),
      StringColumn.create("Name", "Jan", "Feb", "Mar", "Apr"));

  private static BufferedImage image(Plot plot) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(plot.png()));
  }

  @Test
  void aLineOverTableColumnsIsAPngPicture() throws IOException {
    Plot plot = Plot.line("Mean delay by month", BY_MONTH, "Month", "DepDelay");
    BufferedImage image = image(plot);
    assertThat(image.getWidth()).isEqualTo(Plot.WIDTH_PX);
    assertThat(image.getHeight()).isEqualTo(Plot.HEIGHT_PX);
    assertThat(plot.toHtml()).startsWith("<img alt=\"Mean delay by month\" "
        + "src=\"data:image/png;base64,iVBORw0KGgo");
    Path file = folder.resolve("delay.png");
    plot.save(file);
    assertThat(Files.readAllBytes(file)).isEqualTo(plot.png());
    assertThat(Plot.line("by name", BY_MONTH, "Name", "DepDelay").png()).isNotEmpty();
    Table daily = Table.create("daily", DateColumn.create("Date", java.time.LocalDate.of(2026, 1, 1),
        java.time.LocalDate.of(2026, 2, 1)), DoubleColumn.create("DepDelay", 3.0, 4.5));
    assertThat(image(Plot.line("by date", daily, "Date", "DepDelay")).getHeight())
        .isEqualTo(Plot.HEIGHT_PX);
  }

  @Test
  void aHeatMapOfABigArrayIsAveragedDown() throws IOException {
    int rows = 300;
    int columns = 500;
    double[] data = new double[rows * columns];
    for (int i = 0; i < data.length; i++) {
      data[i] = (i / columns) - (i % columns);
    }
    Plot plot = Plot.heatmap("gradient", Dense.of(data, rows, columns));
    assertThat(image(plot).getWidth()).isEqualTo(Plot.WIDTH_PX);
  }

  @Test
  void wrongInputsAreNamed() {
    assertThatThrownBy(() -> Plot.line("x", BY_MONTH, "Month", "Delay"))
        .hasMessageContaining("no column 'Delay'").hasMessageContaining("[Month, DepDelay, Name]");
    assertThatThrownBy(() -> Plot.line("x", BY_MONTH, "Month", "Name"))
        .hasMessageContaining("'Name' of by-month is STRING, not numeric");
    assertThatThrownBy(() -> Plot.heatmap("x", Dense.zeros(DType.FLOAT64, 4)))
        .hasMessageContaining("needs a 2-D array, got shape [4]");
    assertThatThrownBy(() -> Plot.line("x", Dense.zeros(DType.FLOAT64, 2, 2)))
        .hasMessageContaining("needs a 1-D array, got shape [2, 2]");
  }
}
