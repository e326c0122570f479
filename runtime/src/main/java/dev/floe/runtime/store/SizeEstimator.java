package dev.floe.runtime.store;

/**
 * Estimates the memory a kind of chunk holds. Implementations are registered as services
 * ({@code META-INF/services/dev.floe.runtime.store.SizeEstimator}) by the modules that define
 * chunk types.
 */
public interface SizeEstimator {
  /** The bytes {@code value} holds, or a negative number when this estimator does not know it. */
  long estimateBytes(Object value);
}
