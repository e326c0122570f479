package dev.floe.core.function;

import java.io.Serializable;

/**
 * A serializable function of three arguments that may throw.
 *
 * @param <A> the first argument type
 * @param <B> the second argument type
 * @param <C> the third argument type
 * @param <R> the result type
 */
@FunctionalInterface
public interface Fn3<A, B, C, R> extends Serializable {
  /** Applies the function. */
  R apply(A a, B b, C c) throws Exception;
}
