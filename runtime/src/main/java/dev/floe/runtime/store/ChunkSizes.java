package dev.floe.runtime.store;

import java.lang.reflect.Array;
import java.util.Collection;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Estimates the bytes a task result holds: registered {@link SizeEstimator}s first, then the
 * JDK's own types (primitive arrays, strings, boxed numbers, collections of those).
 */
public final class ChunkSizes {
  /** Returned when no estimator knows the value. */
  public static final long UNKNOWN = -1;

  private static final long OBJECT_HEADER_BYTES = 16;
  private static final long REFERENCE_BYTES = 8;
  private static final List<SizeEstimator> REGISTERED =
      ServiceLoader.load(SizeEstimator.class, ChunkSizes.class.getClassLoader()).stream()
          .map(ServiceLoader.Provider::get)
          .toList();

  private ChunkSizes() {}

  /** The estimated bytes {@code value} holds, or {@link #UNKNOWN}. */
  public static long estimateBytes(Object value) {
    if (value == null) {
      return 0;
    }
    for (SizeEstimator estimator : REGISTERED) {
      long bytes = estimator.estimateBytes(value);
      if (bytes >= 0) {
        return bytes;
      }
    }
    return builtIn(value);
  }

  private static long builtIn(Object value) {
    if (value instanceof Number || value instanceof Boolean || value instanceof Character) {
      return OBJECT_HEADER_BYTES + REFERENCE_BYTES;
    }
    if (value instanceof CharSequence text) {
      return OBJECT_HEADER_BYTES + 2L * text.length();
    }
    if (value.getClass().isArray()) {
      return arrayBytes(value);
    }
    if (value instanceof Collection<?> collection) {
      long total = OBJECT_HEADER_BYTES;
      for (Object element : collection) {
        long bytes = estimateBytes(element);
        if (bytes < 0) {
          return UNKNOWN;
        }
        total += REFERENCE_BYTES + bytes;
      }
      return total;
    }
    return UNKNOWN;
  }

  private static long arrayBytes(Object array) {
    Class<?> component = array.getClass().getComponentType();
    int length = Array.getLength(array);
    if (!component.isPrimitive()) {
      return estimateBytes(List.of((Object[]) array));
    }
    long width = component == long.class || component == double.class ? 8
        : component == int.class || component == float.class ? 4
        : component == short.class || component == char.class ? 2
        : 1;
    return OBJECT_HEADER_BYTES + width * length;
  }
}
