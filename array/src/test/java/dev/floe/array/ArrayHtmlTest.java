package dev.floe.array;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArrayHtmlTest {
  private static int count(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }

  @Test
  void showsArrayAgainstChunkAndTheChunkGrid() {
    NdArray x = NdArray.ones(NdArray.shape(1000, 2000), Chunking.of(500, 500));
    String html = x.toHtml();
    assertThat(html).contains("<th>Bytes</th><td>15.26 MiB</td><td>1.91 MiB</td>",
        "<th>Shape</th><td>(1000, 2000)</td><td>(500, 500)</td>",
        "<td>8 chunks</td>", "<th>Type</th><td>float64</td>", "<svg");
    assertThat(count(html, "<line")).as("3 column and 1 row boundaries").isEqualTo(4);
  }

  @Test
  void aThreeDimensionalArrayNotesItsOuterAxis() {
    NdArray x = NdArray.zeros(NdArray.shape(6, 40, 80), Chunking.of(2, 20, 40));
    assertThat(x.toHtml()).contains("stacked 6 in 3 chunks");
  }

  @Test
  void unknownChunkSizesAreSaidNotDrawn() {
    NdArray x = NdArray.arange(10, Chunking.of(5));
    NdArray masked = x.get(x.gt(4));
    assertThat(masked.toHtml()).contains("chunk sizes unknown until computed").doesNotContain("<svg");
  }
}
