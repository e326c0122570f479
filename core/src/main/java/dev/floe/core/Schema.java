package dev.floe.core;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Names and types of columns, in order: what a frame plan node's partitions have, known before
 * anything runs, and what a reader reads.
 */
public record Schema(List<String> names, List<DType> dtypes) implements Serializable {
  /** Copies the lists; they must have the same length. */
  public Schema {
    names = List.copyOf(names);
    dtypes = List.copyOf(dtypes);
    if (names.size() != dtypes.size()) {
      throw new IllegalArgumentException(names.size() + " names and " + dtypes.size() + " types");
    }
  }

  /** Whether there is a column {@code name}. */
  public boolean has(String name) {
    return names.contains(name);
  }

  /** The type of {@code name}, or an error naming the columns there are. */
  public DType dtypeOf(String name) {
    int index = names.indexOf(name);
    if (index < 0) {
      throw new IllegalArgumentException("no column '" + name + "'; the columns are " + names);
    }
    return dtypes.get(index);
  }

  /** These columns only, in the order given; names this schema lacks are left out. */
  public Schema select(List<String> wanted) {
    List<String> kept = new ArrayList<>();
    List<DType> types = new ArrayList<>();
    for (String name : wanted) {
      int index = names.indexOf(name);
      if (index >= 0) {
        kept.add(name);
        types.add(dtypes.get(index));
      }
    }
    return new Schema(kept, types);
  }

  /** With column {@code name} of {@code type}: replaced where it is, else added last. */
  public Schema with(String name, DType type) {
    List<String> more = new ArrayList<>(names);
    List<DType> types = new ArrayList<>(dtypes);
    int index = more.indexOf(name);
    if (index >= 0) {
      types.set(index, type);
    } else {
      more.add(name);
      types.add(type);
    }
    return new Schema(more, types);
  }

  /** E.g. {@code [Origin: STRING, DepDelay: FLOAT64]}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("[");
    for (int i = 0; i < names.size(); i++) {
      text.append(i == 0 ? "" : ", ").append(names.get(i)).append(": ").append(dtypes.get(i));
    }
    return text.append(']').toString();
  }
}
