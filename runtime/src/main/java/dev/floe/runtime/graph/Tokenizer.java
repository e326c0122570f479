package dev.floe.runtime.graph;

import dev.floe.core.function.Functions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Feeds the content of a value into a {@link KeyHasher}, so that equal work gets equal keys.
 *
 * <p>The token of a value depends only on its content, never on identity hash codes or memory
 * addresses, so it is the same in every run:
 *
 * <ul>
 *   <li>strings, boxed primitives, big numbers, enums, classes, task keys and primitive arrays by
 *       value;
 *   <li>lists and arrays element by element; sets and maps order-independently (each element's
 *       own 128-bit token, sorted);
 *   <li>records component by component;
 *   <li>serializable lambdas and method references by their {@link SerializedLambda}: the
 *       implementing class and method and the captured values;
 *   <li>other serializable objects by their serialized bytes.
 * </ul>
 *
 * <p>A value that cannot be tokenized deterministically (not serializable, or failing to
 * serialize) gets a fresh random token: its task is never mistaken for another, at the price of
 * not being shared.
 */
final class Tokenizer {
  private static final Tokenizer INSTANCE = new Tokenizer();

  private static final int TAG_NULL = 0;
  private static final int TAG_STRING = 1;
  private static final int TAG_LONG = 2;
  private static final int TAG_INT = 3;
  private static final int TAG_DOUBLE = 4;
  private static final int TAG_FLOAT = 5;
  private static final int TAG_BOOLEAN = 6;
  private static final int TAG_CHAR = 7;
  private static final int TAG_SHORT = 8;
  private static final int TAG_BYTE = 9;
  private static final int TAG_KEY = 10;
  private static final int TAG_ENUM = 11;
  private static final int TAG_CLASS = 12;
  private static final int TAG_BIG = 13;
  private static final int TAG_LIST = 14;
  private static final int TAG_UNORDERED = 15;
  private static final int TAG_MAP = 16;
  private static final int TAG_RECORD = 17;
  private static final int TAG_LAMBDA = 18;
  private static final int TAG_SERIALIZED = 19;
  private static final int TAG_UNIQUE = 20;
  private static final int TAG_PRIMITIVE_ARRAY = 21;
  private static final int TAG_OPTIONAL = 22;

  static Tokenizer instance() {
    return INSTANCE;
  }

  void tokenize(Object value, KeyHasher hasher) {
    if (value == null) {
      hasher.putTag(TAG_NULL);
    } else if (value instanceof TaskKey key) {
      hasher.putTag(TAG_KEY);
      hasher.putString(key.name());
      hasher.putLong(key.high());
      hasher.putLong(key.low());
    } else if (value instanceof String s) {
      hasher.putTag(TAG_STRING);
      hasher.putString(s);
    } else if (value instanceof Long l) {
      hasher.putTag(TAG_LONG);
      hasher.putLong(l);
    } else if (value instanceof Integer i) {
      hasher.putTag(TAG_INT);
      hasher.putInt(i);
    } else if (value instanceof Double d) {
      hasher.putTag(TAG_DOUBLE);
      hasher.putLong(Double.doubleToLongBits(d));
    } else if (value instanceof Float f) {
      hasher.putTag(TAG_FLOAT);
      hasher.putInt(Float.floatToIntBits(f));
    } else if (value instanceof Boolean b) {
      hasher.putTag(TAG_BOOLEAN);
      hasher.putInt(b ? 1 : 0);
    } else if (value instanceof Character c) {
      hasher.putTag(TAG_CHAR);
      hasher.putInt(c);
    } else if (value instanceof Short s) {
      hasher.putTag(TAG_SHORT);
      hasher.putInt(s);
    } else if (value instanceof Byte b) {
      hasher.putTag(TAG_BYTE);
      hasher.putInt(b);
    } else if (value instanceof Enum<?> e) {
      hasher.putTag(TAG_ENUM);
      hasher.putString(e.getDeclaringClass().getName());
      hasher.putString(e.name());
    } else if (value instanceof Class<?> c) {
      hasher.putTag(TAG_CLASS);
      hasher.putString(c.getName());
    } else if (value instanceof BigInteger || value instanceof BigDecimal) {
      hasher.putTag(TAG_BIG);
      hasher.putString(value.getClass().getName());
      hasher.putString(value.toString());
    } else if (value.getClass().isArray()) {
      tokenizeArray(value, hasher);
    } else if (value instanceof List<?> list) {
      tokenizeOrdered(list, hasher);
    } else if (value instanceof Set<?> set) {
      tokenizeUnordered(set, hasher);
    } else if (value instanceof Map<?, ?> map) {
      tokenizeMap(map, hasher);
    } else if (value instanceof Optional<?> optional) {
      hasher.putTag(TAG_OPTIONAL);
      tokenize(optional.orElse(null), hasher);
    } else if (value instanceof Record) {
      tokenizeRecord(value, hasher);
    } else if (value instanceof Serializable) {
      tokenizeSerializable(value, hasher);
    } else {
      tokenizeUnique(hasher);
    }
  }

  private void tokenizeArray(Object array, KeyHasher hasher) {
    Class<?> component = array.getClass().getComponentType();
    if (!component.isPrimitive()) {
      tokenizeOrdered(List.of((Object[]) array), hasher);
      return;
    }
    hasher.putTag(TAG_PRIMITIVE_ARRAY);
    hasher.putString(component.getName());
    if (array instanceof long[] a) {
      hasher.putInt(a.length);
      for (long v : a) {
        hasher.putLong(v);
      }
    } else if (array instanceof int[] a) {
      hasher.putInt(a.length);
      for (int v : a) {
        hasher.putInt(v);
      }
    } else if (array instanceof double[] a) {
      hasher.putInt(a.length);
      for (double v : a) {
        hasher.putLong(Double.doubleToLongBits(v));
      }
    } else if (array instanceof float[] a) {
      hasher.putInt(a.length);
      for (float v : a) {
        hasher.putInt(Float.floatToIntBits(v));
      }
    } else if (array instanceof byte[] a) {
      hasher.putBytes(a);
    } else if (array instanceof boolean[] a) {
      hasher.putInt(a.length);
      for (boolean v : a) {
        hasher.putTag(v ? 1 : 0);
      }
    } else if (array instanceof short[] a) {
      hasher.putInt(a.length);
      for (short v : a) {
        hasher.putInt(v);
      }
    } else if (array instanceof char[] a) {
      hasher.putString(new String(a));
    }
  }

  private void tokenizeOrdered(Collection<?> values, KeyHasher hasher) {
    hasher.putTag(TAG_LIST);
    hasher.putInt(values.size());
    for (Object value : values) {
      tokenize(value, hasher);
    }
  }

  /** Hashes each element on its own, then the sorted element hashes: iteration order is moot. */
  private void tokenizeUnordered(Collection<?> values, KeyHasher hasher) {
    List<TaskKey> elements = new ArrayList<>(values.size());
    for (Object value : values) {
      elements.add(TaskKey.of("", value));
    }
    elements.sort(null);
    hasher.putTag(TAG_UNORDERED);
    hasher.putInt(elements.size());
    for (TaskKey element : elements) {
      hasher.putLong(element.high());
      hasher.putLong(element.low());
    }
  }

  private void tokenizeMap(Map<?, ?> map, KeyHasher hasher) {
    List<List<Object>> entries = new ArrayList<>(map.size());
    map.forEach((k, v) -> entries.add(Arrays.asList(k, v)));
    hasher.putTag(TAG_MAP);
    tokenizeUnordered(entries, hasher);
  }

  private void tokenizeRecord(Object record, KeyHasher hasher) {
    hasher.putTag(TAG_RECORD);
    hasher.putString(record.getClass().getName());
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      try {
        Method accessor = component.getAccessor();
        accessor.setAccessible(true);
        tokenize(accessor.invoke(record), hasher);
      } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
        tokenizeUnique(hasher);
      }
    }
  }

  /** Lambdas by their implementing method and captured values; other objects by their bytes. */
  private void tokenizeSerializable(Object value, KeyHasher hasher) {
    Optional<SerializedLambda> lambda = Functions.serializedLambda(value);
    if (lambda.isEmpty()) {
      tokenizeSerialized(value, hasher);
      return;
    }
    SerializedLambda serialized = lambda.get();
    hasher.putTag(TAG_LAMBDA);
    hasher.putString(serialized.getCapturingClass());
    hasher.putString(serialized.getImplClass());
    hasher.putString(serialized.getImplMethodName());
    hasher.putString(serialized.getImplMethodSignature());
    hasher.putInt(serialized.getImplMethodKind());
    hasher.putInt(serialized.getCapturedArgCount());
    for (int i = 0; i < serialized.getCapturedArgCount(); i++) {
      tokenize(serialized.getCapturedArg(i), hasher);
    }
  }

  private void tokenizeSerialized(Object value, KeyHasher hasher) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    } catch (IOException | RuntimeException e) {
      tokenizeUnique(hasher);
      return;
    }
    hasher.putTag(TAG_SERIALIZED);
    hasher.putBytes(bytes.toByteArray());
  }

  private static void tokenizeUnique(KeyHasher hasher) {
    UUID unique = UUID.randomUUID();
    hasher.putTag(TAG_UNIQUE);
    hasher.putLong(unique.getMostSignificantBits());
    hasher.putLong(unique.getLeastSignificantBits());
  }
}
