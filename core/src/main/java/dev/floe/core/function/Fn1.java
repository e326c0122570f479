package dev.floe.core.function;

import java.io.Serializable;

/**
 * A serializable function of one argument that may throw.
 *
 * @param <A> the argument type
 * @param <R> the result type
 */
@FunctionalInterface
public interface Fn1<A, R> extends Serializable {
  /** Applies the function. */
  R apply(A a) throws Exception;
}
