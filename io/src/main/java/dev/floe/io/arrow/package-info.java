/**
 * Arrow IPC: chunks written as Arrow record batches and read back, the byte form in which table
 * chunks are spilled to disk and moved between machines. Depends on Arrow's vector library.
 */
package dev.floe.io.arrow;
