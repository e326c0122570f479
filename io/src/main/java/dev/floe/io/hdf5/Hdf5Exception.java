package dev.floe.io.hdf5;

import java.nio.file.Path;

/** An HDF5 file or dataset that cannot be read or written; the message names both. */
public final class Hdf5Exception extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final String dataset;

  Hdf5Exception(Path file, String dataset, String problem, Throwable cause) {
    super(file + (dataset == null ? "" : " dataset " + dataset) + ": " + problem, cause);
    this.file = file;
    this.dataset = dataset;
  }

  /** The file concerned. */
  public Path file() {
    return file;
  }

  /** The dataset concerned, or null when the file itself could not be opened. */
  public String dataset() {
    return dataset;
  }
}
