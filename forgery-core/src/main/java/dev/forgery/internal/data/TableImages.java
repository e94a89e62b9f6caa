package dev.forgery.internal.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the stored form ({@link TableImage}) of every large ASCII weighted table: a step of the
 * build (forgery-core's {@code process-classes} phase), never of a program using forgery. It reads
 * each text file through the same parse a faker uses and writes {@code <name>.bin} beside it.
 */
public final class TableImages {
  /** Tables with fewer lines parse fast enough; an image would only grow the jar. */
  static final int MIN_LINES = 4_096;

  private TableImages() {}

  /**
   * Writes the images under a class output directory.
   *
   * @param args one argument: the directory holding {@code dev/forgery/data}
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException(
          "args: expected one class output directory (holding dev/forgery/data), got "
              + args.length
              + " arguments");
    }
    Path data = Path.of(args[0], "dev", "forgery", "data");
    if (!Files.isDirectory(data) || write(data).isEmpty()) {
      throw new IllegalArgumentException(
          "args[0]: no table images written under "
              + data
              + "; expected the class output directory of forgery-core, holding dev/forgery/data");
    }
  }

  /**
   * Writes an image for each table under {@code data} that has at least {@link #MIN_LINES} lines,
   * weights, and parses as an ASCII weighted table; each is written to a temporary file and moved
   * into place, so a failed write leaves no partial image.
   *
   * @param data the {@code dev/forgery/data} directory
   * @return the tables written, as paths {@link Tables#weighted} takes, sorted
   * @throws IOException if a file cannot be read or written
   */
  static List<String> write(Path data) throws IOException {
    List<Path> files;
    try (Stream<Path> all = Files.walk(data)) {
      files = all.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    List<String> written = new ArrayList<>();
    for (Path file : files) {
      String relative = data.relativize(file).toString().replace('\\', '/');
      String path = relative.substring(0, relative.length() - ".txt".length());
      try (BufferedReader reader = Files.newBufferedReader(file)) {
        String first = reader.readLine();
        if (first == null || first.indexOf('\t') < 0) {
          continue; // a list without weights: read as a list, never as a table
        }
      }
      WeightedTable table;
      try {
        table = Tables.parseWeightedText(path);
      } catch (IllegalStateException | IllegalArgumentException e) {
        continue; // not a weighted table (rows of several fields): read by other code
      }
      if (table.size() < MIN_LINES || table.asciiText() == null) {
        continue; // small enough to parse fast, or not ASCII (parsed into strings)
      }
      Path image = file.resolveSibling(file.getFileName().toString().replace(".txt", ".bin"));
      Path temporary = Files.createTempFile(file.getParent(), ".image", ".tmp");
      try {
        Files.write(temporary, TableImage.encode(table));
        Files.move(temporary, image, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(temporary);
      }
      written.add(path);
    }
    return written;
  }
}
