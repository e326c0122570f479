/**
 * Floe's readers and writers: each reads or writes one chunk of a file.
 *
 * <p>{@code csv} reads CSV blocks into {@code dev.floe.core.chunk} chunks (primitive arrays with
 * missing masks); {@code hdf5} reads slabs of HDF5 datasets and writes datasets whole;
 * {@code arrow} writes chunks as Arrow IPC and reads them back; {@code output} commits folders of
 * parts whole (staging folder, rename, {@code _SUCCESS}). Depends on {@code core}, commons-csv,
 * jhdf, Arrow and the JDK; knows nothing of task graphs,
 * schedulers or dataframes — {@code frame} plans which chunks to read and runs the readers as
 * tasks.
 */
package dev.floe.io;
