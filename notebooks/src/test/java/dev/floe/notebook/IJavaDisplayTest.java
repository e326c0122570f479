package dev.floe.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.floe.array.Dense;
import dev.floe.runtime.display.HtmlDisplayable;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/** Floe's objects through IJava's own rendering API, as IJava shows a cell's value. */
class IJavaDisplayTest {
  @Test
  void floesObjectsRenderAsHtmlWithTextBeside() {
    Renderer renderer = new Renderer();
    IJavaDisplay.register(renderer);

    HtmlDisplayable shown = new HtmlDisplayable() {
      @Override
      public String toHtml() {
        return "<p>frame</p>";
      }

      @Override
      public String toString() {
        return "frame";
      }
    };
    DisplayData data = renderer.render(shown);
    assertThat(data.getData(MIMEType.TEXT_HTML)).isEqualTo("<p>frame</p>");
    assertThat(data.getData(MIMEType.TEXT_PLAIN)).isEqualTo("frame");

    Table table = Table.create("t", DoubleColumn.create("x", new double[] {1.5, 2.5}));
    DisplayData tableData = renderer.render(table);
    assertThat((String) tableData.getData(MIMEType.TEXT_HTML)).contains("<table").contains("2.5");

    Dense block = Dense.of(new double[] {1, 2, 3, 4}, new int[] {2, 2});
    assertThat((String) renderer.render(block).getData(MIMEType.TEXT_HTML)).startsWith("<pre>");
  }

}
