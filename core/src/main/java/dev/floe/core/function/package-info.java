/**
 * Serializable functional interfaces for user code that may travel to another machine: the
 * functions of {@code Delayed} calls, futures and {@code mapPartitions}.
 *
 * <p>Each interface extends {@link java.io.Serializable}, so a lambda written against it is
 * serializable and its identity (class, method, captured values) can be hashed into a task key.
 * Depends on the JDK only.
 */
package dev.floe.core.function;
