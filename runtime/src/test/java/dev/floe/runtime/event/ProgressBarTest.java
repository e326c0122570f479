package dev.floe.runtime.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.floe.runtime.event.ComputationEvent.Outcome;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
  @Test
  void rendersFractionCountsAndTime() {
    assertThat(ProgressBar.render(50, 200, 1_500_000_000L))
        .isEqualTo("[########......................]  25% 50/200 tasks 1.5 s");
    assertThat(ProgressBar.render(0, 0, 0)).startsWith("[" + "#".repeat(30) + "] 100%");
  }

  @Test
  void aShortComputationPrintsNothing() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    bar.computationStarted(new ComputationEvent(1, "local", 2, 0, 0, Outcome.RUNNING, null));
    bar.taskFinished(new TaskEvent(1, null, "a", "t", 0, 0, -1, null));
    bar.computationFinished(new ComputationEvent(1, "local", 2, 2, 10, Outcome.SUCCEEDED, null));
    assertThat(bytes.size()).isZero();
  }

  @Test
  void theModeComesFromTheSystemProperty() {
    String previous = System.getProperty(ProgressMode.PROPERTY);
    try {
      System.setProperty(ProgressMode.PROPERTY, "off");
      assertThat(ProgressMode.fromSystemProperty()).isEqualTo(ProgressMode.OFF);
      System.setProperty(ProgressMode.PROPERTY, "on");
      assertThat(ProgressMode.fromSystemProperty()).isEqualTo(ProgressMode.ON);
      assertThat(ProgressMode.ON.enabled()).isTrue();
      assertThat(ProgressMode.OFF.enabled()).isFalse();
    } finally {
      if (previous == null) {
        System.clearProperty(ProgressMode.PROPERTY);
      } else {
        System.setProperty(ProgressMode.PROPERTY, previous);
      }
    }
  }
}
