package dev.floe.runtime.graph;

import dev.floe.runtime.FloeException;
import java.util.List;

/** A graph could not be built: a task depends on a key the graph lacks, or tasks form a cycle. */
public final class GraphValidationException extends FloeException {
  private static final long serialVersionUID = 1L;

  private final transient List<TaskKey> keys;

  GraphValidationException(String message, List<TaskKey> keys) {
    super(message);
    this.keys = List.copyOf(keys);
  }

  /** The keys involved: for a cycle, the keys around it in order; otherwise the missing keys. */
  public List<TaskKey> keys() {
    return keys;
  }
}
