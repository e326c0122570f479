/** Per-chunk readers and writers: CSV, HDF5; committed output folders. */
module dev.floe.io {
  requires transitive dev.floe.core;
  requires io.jhdf;

  exports dev.floe.io.csv;
  exports dev.floe.io.hdf5 to dev.floe.array;
  exports dev.floe.io.output to dev.floe.frame;
}
