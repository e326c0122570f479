package dev.floe.core.function;

import java.io.Serializable;
import java.util.List;

/**
 * A serializable function of a list of arguments that may throw; the shape of a task's body.
 *
 * @param <R> the result type
 */
@FunctionalInterface
public interface FnN<R> extends Serializable {
  /** Applies the function to the arguments, in order. */
  R apply(List<Object> arguments) throws Exception;
}
