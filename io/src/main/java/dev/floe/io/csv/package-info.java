/**
 * Reading CSV in parallel blocks.
 *
 * <p>A file is cut into byte ranges of about {@link dev.floe.io.csv.CsvOptions#blockSizeBytes};
 * {@link dev.floe.io.csv.CsvSplitter} moves each cut to a record boundary so that a quoted field
 * (which may hold delimiters, quotes and newlines) is never cut, and {@link
 * dev.floe.io.csv.CsvReader} parses one block into a {@link dev.floe.core.chunk.Chunk} of typed
 * columns. Column types are inferred from a sample, pandas style ({@link
 * dev.floe.io.csv.SchemaInference}). The dialect is commons-csv's RFC 4180 (quotes escaped by
 * doubling), with a configurable delimiter and quote; a byte-level parser does the work and
 * property tests hold it equal to commons-csv.
 *
 * <p>Every error about the input names the file, the line, and where it applies the column and
 * value ({@link dev.floe.io.csv.CsvFormatException}). Depends on {@code dev.floe.core.chunk},
 * commons-csv and the JDK.
 */
package dev.floe.io.csv;
