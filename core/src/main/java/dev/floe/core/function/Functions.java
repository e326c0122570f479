package dev.floe.core.function;

import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Method;
import java.util.Optional;

/** Looks inside serializable functions: the method a lambda or method reference stands for. */
public final class Functions {
  /** The writeReplace method of each serializable lambda class, found once per class. */
  private static final ClassValue<Optional<Method>> WRITE_REPLACE =
      new ClassValue<>() {
        @Override
        protected Optional<Method> computeValue(Class<?> type) {
          try {
            Method method = type.getDeclaredMethod("writeReplace");
            method.setAccessible(true);
            return Optional.of(method);
          } catch (NoSuchMethodException | RuntimeException e) {
            return Optional.empty();
          }
        }
      };

  private Functions() {}

  /**
   * The serialized form of a serializable lambda or method reference: its implementing class and
   * method and its captured values; empty for any other object.
   */
  public static Optional<SerializedLambda> serializedLambda(Object function) {
    Optional<Method> writeReplace = WRITE_REPLACE.get(function.getClass());
    if (writeReplace.isEmpty()) {
      return Optional.empty();
    }
    try {
      Object replaced = writeReplace.get().invoke(function);
      return replaced instanceof SerializedLambda lambda ? Optional.of(lambda) : Optional.empty();
    } catch (ReflectiveOperationException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * A readable name for a function: the method a method reference names ({@code inc} for {@code
   * Demo::inc}), {@code lambda} for a lambda, or the simple class name of any other object.
   */
  public static String name(Object function) {
    Optional<SerializedLambda> lambda = serializedLambda(function);
    if (lambda.isPresent()) {
      String method = lambda.get().getImplMethodName();
      return method.startsWith("lambda$") ? "lambda" : method;
    }
    String simple = function.getClass().getSimpleName();
    return simple.isEmpty() ? function.getClass().getName() : simple;
  }
}
