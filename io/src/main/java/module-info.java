/** Per-chunk readers and writers: CSV, HDF5, Arrow IPC; committed output folders. */
module dev.floe.io {
  requires transitive dev.floe.core;
  requires io.jhdf;
  requires org.apache.arrow.memory.core;
  requires org.apache.arrow.vector;

  exports dev.floe.io.csv;
  exports dev.floe.io.hdf5 to dev.floe.array;
  exports dev.floe.io.arrow to dev.floe.frame;
  exports dev.floe.io.output to dev.floe.frame;
}
