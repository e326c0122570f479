package dev.floe.frame;

import dev.floe.io.output.OutputFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands a path pattern such as {@code data/flights/*.csv} to the files it names, sorted; a
 * folder stands for the CSV parts a complete {@code toCsv} wrote into it.
 */
final class Paths {
  private Paths() {}

  static List<Path> expand(String pattern) {
    int firstGlob = indexOfGlob(pattern);
    if (firstGlob < 0) {
      Path file = Path.of(pattern);
      if (Files.isDirectory(file)) { // a folder toCsv wrote: complete, or an error saying why
        OutputFolder.checkComplete(file);
        return expand(file + "/*.csv");
      }
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException("no such file: " + pattern);
      }
      return List.of(file);
    }
    int slash = pattern.lastIndexOf('/', firstGlob);
    Path base = slash < 0 ? Path.of(".") : Path.of(pattern.substring(0, Math.max(slash, 1)));
    String glob = slash < 0 ? pattern : pattern.substring(slash + 1);
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(base)) {
      walk.filter(Files::isRegularFile)
          .filter(path -> matcher.matches(base.relativize(path)))
          .sorted()
          .forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + base + " for the pattern " + pattern, e);
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no files match " + pattern);
    }
    return files;
  }

  private static int indexOfGlob(String pattern) {
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '*' || c == '?' || c == '[' || c == '{') {
        return i;
      }
    }
    return -1;
  }
}
