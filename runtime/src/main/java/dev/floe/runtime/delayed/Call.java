package dev.floe.runtime.delayed;

import dev.floe.core.function.FnN;
import dev.floe.runtime.graph.TaskFunction;
import java.util.Arrays;

/**
 * The task body of a delayed call: the call's arguments, with each delayed one filled in from the
 * task's inputs, handed to the user's function.
 */
final class Call implements TaskFunction {
  private static final long serialVersionUID = 1L;

  private final FnN<?> function;
  private final Object[] constants;
  private final int[] delayedSlots;

  /**
   * @param constants the arguments, with {@code null} where a delayed argument goes
   * @param delayedSlots where each input goes among the arguments, in input order
   */
  Call(FnN<?> function, Object[] constants, int[] delayedSlots) {
    this.function = function;
    this.constants = constants;
    this.delayedSlots = delayedSlots;
  }

  @Override
  public Object apply(Object[] inputs) throws Exception {
    Object[] arguments = constants.clone();
    for (int i = 0; i < delayedSlots.length; i++) {
      arguments[delayedSlots[i]] = inputs[i];
    }
    return function.apply(Arrays.asList(arguments));
  }
}
