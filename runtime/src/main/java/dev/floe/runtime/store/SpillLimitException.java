package dev.floe.runtime.store;

import dev.floe.runtime.FloeException;

/** Spilling a result would take more disk than the memory budget's spill limit allows. */
public final class SpillLimitException extends FloeException {
  private static final long serialVersionUID = 1L;

  SpillLimitException(String message) {
    super(message);
  }
}
