package dev.floe.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.floe.runtime.display.HtmlDisplayable;
import java.util.ServiceLoader;
import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/** Floe's objects through JJava's own rendering API, and its extension found as JJava finds it. */
class JJavaExtensionTest {
  @Test
  void jjavaFindsTheExtension() {
    assertThat(ServiceLoader.load(Extension.class).stream().map(p -> p.type().getName()))
        .contains(JJavaExtension.class.getName());
  }

  @Test
  void floesObjectsRenderAsHtmlWithTextBeside() {
    Renderer renderer = new Renderer();
    JJavaExtension.register(renderer);
    HtmlDisplayable shown = () -> "<p>array</p>";
    DisplayData data = renderer.render(shown);
    assertThat(data.getData(MIMEType.TEXT_HTML)).isEqualTo("<p>array</p>");
    Table table = Table.create("t", DoubleColumn.create("x", new double[] {4.25}));
    assertThat((String) renderer.render(table).getData(MIMEType.TEXT_HTML)).contains("4.25");
    assertThat((String) renderer.render(table).getData(MIMEType.TEXT_PLAIN)).contains("4.25");
  }
}
