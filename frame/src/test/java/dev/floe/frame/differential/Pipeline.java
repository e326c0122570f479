package dev.floe.frame.differential;

import dev.floe.Floe;
import dev.floe.frame.DataFrame;
import dev.floe.frame.Aggregation;
import dev.floe.runtime.lazy.Lazy;
import java.util.ArrayList;
import java.util.List;

/**
 * Steps over the table {@code t} and the result asked of them.
 *
 * @param ops the steps, in order
 * @param terminal the result
 */
record Pipeline(List<Op> ops, Terminal terminal) {
  Pipeline {
    ops = List.copyOf(ops);
  }

  /** The shape before each step and after the last, from {@code t}'s; throws when invalid. */
  List<Shape> shapes(Data t) {
    List<Shape> shapes = new ArrayList<>();
    Shape shape = new Shape(t.columns(), true, false);
    shapes.add(shape);
    for (Op op : ops) {
      shape = op.shape(shape);
      shapes.add(shape);
    }
    terminal.check(shape);
    return shapes;
  }

  /** Whether the pipeline applies to {@code t}. */
  boolean valid(Data t) {
    try {
      shapes(t);
      return true;
    } catch (Shape.Invalid invalid) {
      return false;
    }
  }

  /** The pipeline's result on Floe. */
  Object run(DataFrame t, DataFrame u) {
    return run(t, u, false);
  }

  /**
   * The pipeline's result; when {@code together}, computed in one run with other results over the
   * same files — the whole of {@code t} and a count of every column of the pipeline's frame — so
   * that scans are shared and nodes read by several consumers are made on their own.
   */
  Object run(DataFrame t, DataFrame u, boolean together) {
    DataFrame frame = t;
    for (Op op : ops) {
      frame = op.apply(frame, u);
    }
    Lazy<?> lazy = together ? terminal.lazy(frame) : null;
    if (lazy == null) {
      return terminal.run(frame);
    }
    return Floe.computeAll(List.of(lazy, t.toLazy(), frame.aggregate(Aggregation.COUNT))).get(0);
  }

  /** The SQL of the pipeline over the tables {@code t} and {@code u}. */
  String sql(Data t) {
    List<Shape> shapes = shapes(t);
    String sql = "SELECT * FROM t";
    for (int i = 0; i < ops.size(); i++) {
      sql = ops.get(i).sql(sql, shapes.get(i));
    }
    return terminal.sql(sql, shapes.get(ops.size()));
  }

  /** Whether the result's rows come in a defined order. */
  boolean ordered(Data t) {
    List<Shape> shapes = shapes(t);
    return terminal.ordered(shapes.get(shapes.size() - 1));
  }

  /** The expected column names of a table result (null for a number). */
  List<String> names(Data t) {
    List<Shape> shapes = shapes(t);
    return terminal.names(shapes.get(shapes.size() - 1));
  }

  /** As a user writes it. */
  String java() {
    StringBuilder java = new StringBuilder("t");
    for (Op op : ops) {
      java.append("\n    ").append(op.java());
    }
    return java.append("\n    ").append(terminal.java()).toString();
  }

  /** Without step {@code i}. */
  Pipeline without(int i) {
    List<Op> fewer = new ArrayList<>(ops);
    fewer.remove(i);
    return new Pipeline(fewer, terminal);
  }

  /** With a simpler result. */
  Pipeline withTerminal(Terminal simpler) {
    return new Pipeline(ops, simpler);
  }
}
