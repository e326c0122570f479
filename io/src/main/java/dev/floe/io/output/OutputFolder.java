package dev.floe.io.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A folder of output parts committed whole. Parts are written into a staging folder beside the
 * target ({@code .NAME.floe-tmp-UUID}); {@link #commit} writes {@code _SUCCESS} into it and
 * renames it to the target, so readers see no folder, or a complete one. An existing target is
 * an error unless overwriting was asked for; then it is moved aside and deleted only after the new
 * folder is in place. {@link #abort} deletes the staging folder. Not thread-safe: one writer
 * begins, commits or aborts; the parts themselves may be written in parallel by anyone.
 */
public final class OutputFolder {
  /** The marker of a complete folder. */
  public static final String SUCCESS = "_SUCCESS";
  private static final String STAGING = ".floe-tmp-";

  private final Path target;
  private final Path staging;
  private final boolean overwrite;

  private OutputFolder(Path target, Path staging, boolean overwrite) {
    this.target = target;
    this.staging = staging;
    this.overwrite = overwrite;
  }

  /**
   * Starts writing {@code target}: checks it may be written and makes the staging folder.
   *
   * @throws IllegalArgumentException when {@code target} exists and {@code overwrite} is false,
   *     or it is a file
   */
  public static OutputFolder begin(Path target, boolean overwrite) {
    Path absolute = target.toAbsolutePath().normalize();
    if (Files.exists(absolute)) {
      if (!Files.isDirectory(absolute)) {
        throw new IllegalArgumentException(target + " is a file, not a folder to write into");
      }
      if (!overwrite) {
        throw new IllegalArgumentException(target + " exists already; pass overwrite=true to"
            + " replace it, or choose another folder");
      }
    }
    Path staging = absolute.resolveSibling("." + absolute.getFileName() + STAGING + UUID.randomUUID());
    try {
      Files.createDirectories(staging);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + staging + " to write " + target, e);
    }
    return new OutputFolder(absolute, staging, overwrite);
  }

  /** Where the parts are written until the commit. */
  public Path staging() {
    return staging;
  }

  /** The folder the parts end up in. */
  public Path target() {
    return target;
  }

  /** Marks the parts complete and renames them into place. */
  public void commit() {
    try {
      Files.createFile(staging.resolve(SUCCESS));
      Path old = null;
      if (overwrite && Files.exists(target)) {
        old = target.resolveSibling("." + target.getFileName() + STAGING + "old-"
            + UUID.randomUUID());
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      if (old != null) {
        delete(old);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit " + target + " (its parts are in " + staging
          + ")", e);
    }
  }

  /** Deletes the staging folder and what was written into it. */
  public void abort() {
    try {
      delete(staging);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + staging, e);
    }
  }

  /**
   * Checks that {@code folder} holds a complete output: throws naming the folder when it has no
   * {@code _SUCCESS} marker or a write into it is unfinished (a staging folder beside it).
   */
  public static void checkComplete(Path folder) {
    Path absolute = folder.toAbsolutePath().normalize();
    String prefix = "." + absolute.getFileName() + STAGING;
    Path parent = absolute.getParent();
    if (parent != null) {
      try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent, prefix + "*")) {
        for (Path sibling : siblings) {
          throw new IllegalArgumentException(folder + " has an unfinished or failed write beside"
              + " it (" + sibling.getFileName() + "); read it when that write has finished, or"
              + " delete the temporary folder");
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + parent, e);
      }
    }
    if (!Files.exists(absolute.resolve(SUCCESS))) {
      throw new IllegalArgumentException(folder + " has no " + SUCCESS + " marker: it was not"
          + " written by a complete toCsv (an older or failed write, or another tool); read its"
          + " files with a pattern such as " + folder + "/*.csv to read them anyway");
    }
  }

  private static void delete(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
