package dev.floe.frame.differential;

import dev.floe.core.DType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the generator knows of a frame at one point of a pipeline: its columns with their types
 * and what their values may be, and whether its row order is defined (by the source's order or a
 * sort) so that order-dependent operations (head, first, last) and exact row comparison apply.
 *
 * @param columns the columns, in the frame's order
 * @param ordered whether the rows' order is defined; the SQL's {@code rid} column holds it
 * @param merged whether a merge happened (one per pipeline keeps the SQL readable)
 */
record Shape(List<Col> columns, boolean ordered, boolean merged) {
  Shape {
    columns = List.copyOf(columns);
  }

  /**
   * One column.
   *
   * @param missing whether a value may be missing
   * @param nonFinite whether a float64 value may be infinite
   * @param bound the greatest absolute value an int64 may hold (keeps arithmetic from overflowing,
   *     where Java wraps and SQL fails)
   */
  record Col(String name, DType type, boolean missing, boolean nonFinite, long bound) {
    Col renamed(String other) {
      return new Col(other, type, missing, nonFinite, bound);
    }
  }

  Optional<Col> find(String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  Col col(String name) {
    return find(name).orElseThrow(() -> new Invalid("no column " + name));
  }

  List<String> names() {
    return columns.stream().map(Col::name).toList();
  }

  List<Col> ofType(DType type) {
    return columns.stream().filter(c -> c.type() == type).toList();
  }

  List<Col> numeric() {
    return columns.stream().filter(c -> c.type().isNumeric()).toList();
  }

  /** With {@code col} replacing the column of its name, or added at the end. */
  Shape with(Col col) {
    List<Col> next = new ArrayList<>(columns);
    int at = names().indexOf(col.name());
    if (at >= 0) {
      next.set(at, col);
    } else {
      next.add(col);
    }
    return new Shape(next, ordered, merged);
  }

  Shape withColumns(List<Col> next) {
    return new Shape(next, ordered, merged);
  }

  Shape withOrdered(boolean isOrdered) {
    return new Shape(columns, isOrdered, merged);
  }

  /** A step that does not apply to this shape (after shrinking removed what it needed). */
  static final class Invalid extends RuntimeException {
    Invalid(String message) {
      super(message, null, false, false);
    }
  }
}
