/**
 * HDF5 datasets read a slab at a time and written whole, through jhdf.
 *
 * <p>A reader opens the file, reads one hyperslab (offset and shape) of one dataset into a flat
 * primitive array in C order, and closes the file: a task reads only its own slab and holds no
 * file open between tasks. Float and integer datasets are read, contiguous or chunked (compressed
 * or not), whichever library wrote them. Writes go to a temporary file beside the target that is
 * renamed over it when complete, so a failed write leaves no partial file. Depends on jhdf and the
 * JDK only; knows nothing of arrays, graphs or schedulers.
 */
package dev.floe.io.hdf5;
