/**
 * What every layer shares, on the JDK and the SLF4J API: the one {@code DType}, column
 * expressions, column chunks (for the readers and kernels only), serializable functions and
 * diagnostics.
 */
module dev.floe.core {
  requires org.slf4j;

  exports dev.floe.core;
  exports dev.floe.core.function;
  exports dev.floe.core.chunk to dev.floe.io, dev.floe.frame;
}
