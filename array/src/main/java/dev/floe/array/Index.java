package dev.floe.array;

import java.util.ArrayList;
import java.util.List;

/**
 * One position of a numpy basic index: an integer (which drops the dimension), a range
 * {@code start:stop:step} with numpy's defaults and negative indices, or {@code ...}.
 *
 * <p>{@link #parse} reads numpy's own syntax, so {@code x.get("::2, 5000:")} is
 * {@code x[::2, 5000:]}.
 */
public final class Index {
  private final Integer start;
  private final Integer stop;
  private final int step;
  private final boolean single;
  private final boolean ellipsis;

  private Index(Integer start, Integer stop, int step, boolean single, boolean ellipsis) {
    if (step == 0) {
      throw new IllegalArgumentException("slice step cannot be zero");
    }
    this.start = start;
    this.stop = stop;
    this.step = step;
    this.single = single;
    this.ellipsis = ellipsis;
  }

  /** The single element {@code i} (negative counts from the end); the dimension is dropped. */
  public static Index at(int i) {
    return new Index(i, null, 1, true, false);
  }

  /** Everything along the dimension, {@code :}. */
  public static Index all() {
    return new Index(null, null, 1, false, false);
  }

  /** {@code start:stop}; null for numpy's default. */
  public static Index range(Integer start, Integer stop) {
    return new Index(start, stop, 1, false, false);
  }

  /** {@code start:stop:step}; null for numpy's default; a negative step walks backwards. */
  public static Index range(Integer start, Integer stop, int step) {
    return new Index(start, stop, step, false, false);
  }

  /** {@code ...}: as many {@code :} as the remaining dimensions need. */
  public static Index ellipsis() {
    return new Index(null, null, 1, false, true);
  }

  /** numpy index syntax, e.g. {@code "::2, 5000:"}, {@code "0"}, {@code "..., -1"}. */
  public static List<Index> parse(String text) {
    List<Index> indices = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      String item = part.strip();
      if (item.isEmpty() && text.strip().isEmpty()) {
        continue;
      }
      try {
        if (item.equals("...")) {
          indices.add(ellipsis());
        } else if (!item.contains(":")) {
          indices.add(at(Integer.parseInt(item)));
        } else {
          String[] fields = item.split(":", -1);
          if (fields.length > 3) {
            throw new IllegalArgumentException("too many colons");
          }
          Integer first = number(fields[0]);
          Integer last = number(fields[1]);
          Integer step = fields.length == 3 ? number(fields[2]) : null;
          indices.add(range(first, last, step == null ? 1 : step));
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("cannot read index '" + item + "' in \"" + text
            + "\": " + e.getMessage(), e);
      }
    }
    return indices;
  }

  private static Integer number(String field) {
    String value = field.strip();
    return value.isEmpty() ? null : Integer.valueOf(value);
  }

  boolean isSingle() {
    return single;
  }

  boolean isEllipsis() {
    return ellipsis;
  }

  int step() {
    return step;
  }

  /** The element an integer index picks in a dimension of {@code length}; an error if outside. */
  int position(int length, int axis) {
    int i = start < 0 ? start + length : start;
    if (i < 0 || i >= length) {
      throw new IndexOutOfBoundsException("index " + start + " is out of bounds for axis "
          + axis + " with size " + length);
    }
    return i;
  }

  /** numpy's {@code slice.indices(length)}: the first element and the count selected. */
  int[] firstAndCount(int length) {
    int first;
    int last;
    if (step > 0) {
      first = start == null ? 0 : clamp(start < 0 ? start + length : start, 0, length);
      last = stop == null ? length : clamp(stop < 0 ? stop + length : stop, 0, length);
      return new int[] {first, Math.max(0, (last - first + step - 1) / step)};
    }
    first = start == null ? length - 1 : clamp(start < 0 ? start + length : start, -1, length - 1);
    last = stop == null ? -1 : clamp(stop < 0 ? stop + length : stop, -1, length - 1);
    int s = -step;
    return new int[] {first, Math.max(0, (first - last + s - 1) / s)};
  }

  private static int clamp(int value, int low, int high) {
    return Math.max(low, Math.min(high, value));
  }

  @Override
  public String toString() {
    if (ellipsis) {
      return "...";
    }
    if (single) {
      return String.valueOf(start);
    }
    return (start == null ? "" : start) + ":" + (stop == null ? "" : stop)
        + (step == 1 ? "" : ":" + step);
  }
}
