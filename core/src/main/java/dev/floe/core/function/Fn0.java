package dev.floe.core.function;

import java.io.Serializable;
import java.util.concurrent.Callable;

/**
 * A serializable {@link Callable}: a function of no arguments that may throw.
 *
 * @param <R> the result type
 */
@FunctionalInterface
public interface Fn0<R> extends Callable<R>, Serializable {}
