package dev.floe.core.function;

import java.io.Serializable;

/**
 * A serializable function of two arguments that may throw.
 *
 * @param <A> the first argument type
 * @param <B> the second argument type
 * @param <R> the result type
 */
@FunctionalInterface
public interface Fn2<A, B, R> extends Serializable {
  /** Applies the function. */
  R apply(A a, B b) throws Exception;
}
