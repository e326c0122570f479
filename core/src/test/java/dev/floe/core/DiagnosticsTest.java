package dev.floe.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Without an SLF4J binding (as in this module's tests), warnings reach stderr whole. */
class DiagnosticsTest {
  @Test
  void withoutABindingWarningsGoToStandardError() {
    assertThat(Diagnostics.viaSlf4j()).isFalse();
    PrintStream before = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      Diagnostics.warn(DiagnosticsTest.class, "skipped 2 row(s) in data.csv (lines [3, 9])");
    } finally {
      System.setErr(before);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8))
        .isEqualTo("floe: skipped 2 row(s) in data.csv (lines [3, 9])" + System.lineSeparator());
  }
}
