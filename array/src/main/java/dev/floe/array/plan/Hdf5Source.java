package dev.floe.array.plan;

import dev.floe.core.DType;
import dev.floe.array.Dense;
import dev.floe.io.hdf5.Hdf5Files;
import dev.floe.runtime.graph.TaskKey;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A dataset of an HDF5 file, read lazily: each task reads only its own block's slab. The file's
 * size and modification time are part of the task keys, so a changed file is read again.
 *
 * @param file the file's path
 * @param dataset the dataset's path in the file
 * @param fileSize the file's size when the plan was made
 * @param modified the file's modification time (ms) when the plan was made
 */
public record Hdf5Source(String file, String dataset, long fileSize, long modified, DType dtype,
    ChunkGrid grid) implements Source {


  @Override
  public String name() {
    return "from-hdf5";
  }


  @Override
  public List<TaskKey> lower(Lowering lowering) {
    List<TaskKey> keys = new ArrayList<>();
    for (int b = 0; b < grid.blocks(); b++) {
      int[] position = grid.position(b);
      int[] start = grid.blockOffset(position);
      int[] shape = grid.blockShape(position);
      long[] offset = new long[start.length];
      for (int d = 0; d < start.length; d++) {
        offset[d] = start[d];
      }
      String path = file;
      String name = dataset;
      keys.add(lowering.task(name(), List.of(),
          inputs -> Dense.of(Hdf5Files.read(Path.of(path), name, offset, shape), shape),
          file, dataset, fileSize, modified, offset, shape));
    }
    return keys;
  }
}
