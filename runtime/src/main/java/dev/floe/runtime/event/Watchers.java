package dev.floe.runtime.event;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The listeners watching one scheduler, added and removed while it runs.
 *
 * <p>Reads vastly outnumber changes (every computation and every data move reads; a dashboard
 * opening or closing changes), so the set is copy-on-write and reading never locks.
 */
public final class Watchers {
  private final CopyOnWriteArrayList<TaskListener> listeners = new CopyOnWriteArrayList<>();

  /** Adds a listener; closing the returned handle removes it. */
  public Watch add(TaskListener listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /** The listeners now watching. */
  public List<TaskListener> current() {
    return List.copyOf(listeners);
  }

  /** Tells every watching listener that a result moved. */
  public void dataMoved(DataEvent event) {
    for (TaskListener listener : listeners) {
      Listeners.notify(listener, () -> listener.dataMoved(event));
    }
  }

  /** A listener's registration; closing it stops the reports. */
  public interface Watch extends AutoCloseable {
    /** Stops reporting to the listener; closing twice does nothing more. */
    @Override
    void close();
  }
}
