/**
 * What every layer shares, on the JDK alone: the one {@code DType}, column expressions, column
 * chunks (for the readers and kernels only) and serializable functions.
 */
module dev.floe.core {
  exports dev.floe.core;
  exports dev.floe.core.function;
  exports dev.floe.core.chunk to dev.floe.io, dev.floe.frame;
}
