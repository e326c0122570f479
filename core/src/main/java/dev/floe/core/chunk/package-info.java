/**
 * Columnar chunks as readers produce them: a {@link dev.floe.core.chunk.Chunk} is named columns of
 * equal length, each a primitive array plus a mask of missing values ({@link
 * dev.floe.core.chunk.ColumnData}); strings are dictionary-encoded. Kernels (parsing, hashing,
 * aggregation) work on these arrays directly.
 *
 * <p>Arrays are handed over, not copied: whoever builds a column must not change it afterwards.
 * Depends on the JDK only.
 */
package dev.floe.core.chunk;
