package dev.floe.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.floe.runtime.event.ComputationEvent;
import dev.floe.runtime.event.ComputationEvent.Outcome;
import dev.floe.runtime.event.ProgressBar;
import dev.floe.runtime.event.TaskEvent;
import dev.floe.runtime.graph.TaskKey;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotebookProgressTest {
  /** Records what the bar would draw in the cell. */
  static final class RecordingDisplay implements CellDisplay {
    final List<String> shown = new ArrayList<>();
    final List<String> updates = new ArrayList<>();

    @Override
    public String show(String html) {
      shown.add(html);
      return "area-" + shown.size();
    }

    @Override
    public void update(String id, String html) {
      updates.add(id + ":" + html);
    }
  }

  private static TaskEvent finished() {
    return new TaskEvent(1, TaskKey.of("t", List.of()), "t", "main", 0, 0, 0, null);
  }

  @Test
  void aComputationEndingBeforeTheThresholdDrawsNothing() {
    RecordingDisplay display = new RecordingDisplay();
    ProgressBar bar = NotebookProgress.bar(display, 60_000, 0);
    bar.computationStarted(new ComputationEvent(1, "local", 1, 0, 0, Outcome.RUNNING, null));
    bar.taskFinished(finished());
    bar.computationFinished(new ComputationEvent(1, "local", 1, 1, 5, Outcome.SUCCEEDED, null));
    assertThat(display.shown).isEmpty();
    assertThat(display.updates).isEmpty();
  }

  @Test
  void aComputationPastTheThresholdShowsOneBarAndRedrawsIt() {
    RecordingDisplay display = new RecordingDisplay();
    ProgressBar bar = NotebookProgress.bar(display, 0, 0); // every event is past both thresholds
    bar.computationStarted(new ComputationEvent(1, "local", 4, 0, 0, Outcome.RUNNING, null));
    bar.taskFinished(finished());
    bar.taskFinished(finished());
    bar.computationFinished(new ComputationEvent(1, "local", 4, 4, 1, Outcome.SUCCEEDED, null));
    assertThat(display.shown).hasSize(1);
    assertThat(display.shown.get(0)).contains(" 25% 1/4 tasks");
    assertThat(display.updates).hasSize(2).allSatisfy(u -> assertThat(u).startsWith("area-1:"));
    assertThat(display.updates.get(0)).contains(" 50% 2/4 tasks");
    assertThat(display.updates.get(1)).contains("100% 4/4 tasks", "succeeded");
  }

  @Test
  void aFailedComputationEndsRed() {
    String html = NotebookProgress.render(1, 4, 2_000_000_000L, Outcome.FAILED);
    assertThat(html).contains("#d62828", " 25% 1/4 tasks 2.0 s", "failed");
  }
}
