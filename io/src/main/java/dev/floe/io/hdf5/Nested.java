package dev.floe.io.hdf5;

import java.lang.reflect.Array;

/**
 * Turns a flat C-order primitive array into the nested Java array ({@code float[][]} and so on)
 * jhdf's writer takes; rows are copied in bulk.
 */
final class Nested {
  private Nested() {}

  static Object of(Object flat, int[] shape) {
    int length = Array.getLength(flat);
    long expected = 1;
    for (int dim : shape) {
      expected *= dim;
    }
    if (expected != length) {
      throw new IllegalArgumentException(
          "data has " + length + " elements, shape " + java.util.Arrays.toString(shape)
              + " needs " + expected);
    }
    if (shape.length <= 1) {
      return flat;
    }
    int[] position = {0};
    return fill(flat, shape, 0, position);
  }

  private static Object fill(Object flat, int[] shape, int dim, int[] position) {
    Class<?> component = flat.getClass().getComponentType();
    if (dim == shape.length - 1) {
      Object row = Array.newInstance(component, shape[dim]);
      System.arraycopy(flat, position[0], row, 0, shape[dim]);
      position[0] += shape[dim];
      return row;
    }
    // the element type of this level: an array of rank (remaining dimensions) of the component
    Class<?> element = Array.newInstance(component, new int[shape.length - dim - 1]).getClass();
    Object level = Array.newInstance(element, shape[dim]);
    for (int i = 0; i < shape[dim]; i++) {
      Array.set(level, i, fill(flat, shape, dim + 1, position));
    }
    return level;
  }
}
