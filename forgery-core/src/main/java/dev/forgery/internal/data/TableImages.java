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
 * Writes the stored form ({@link TableImage}) of every large weighted table: a step of the build
 * (forgery-core's {@code process-classes} phase), never of a program using forgery. It reads each
 * text file through the same parse a faker uses and writes {@code <name>.bin} beside it.
 */
public final class TableImages {
  /**
   * Tables with fewer lines parse fast enough; an image would only grow the jar. At 1,000 a new
   * locale's first name and address read every table they need from images (de_DE's 1,682 surnames
   * and 2,620 postcode rows took 2-5 ms each to parse on that path), for about 270 KB more jar than
   * at 4,096. Derived tables (the email local parts) are stored by the same rule.
   */
  public static final int MIN_LINES = 1_000;

  private TableImages() {}

  /**
   * Writes the images under a class output directory.
   *
   * @param args one argument: the directory holding {@code dev/forgery/data}
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    run(args, "table images", TableImages::write);
  }

  /** A build step that writes stored tables under {@code dev/forgery/data}. */
  @FunctionalInterface
  public interface Step {
    /**
     * Writes the step's files.
     *
     * @param data the {@code dev/forgery/data} directory
     * @return what was written, for the check that something was
     * @throws IOException if a file cannot be read or written
     */
    List<String> write(Path data) throws IOException;
  }

  /**
   * Runs a build step on the class output directory its one argument names, and fails if it wrote
   * nothing: a step pointed at the wrong directory must not pass silently.
   *
   * @param args the step's arguments: the directory holding {@code dev/forgery/data}
   * @param what what the step writes, for messages
   * @param step the step
   * @throws IOException if a file cannot be read or written
   */
  public static void run(String[] args, String what, Step step) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException(
          "args: expected one class output directory (holding dev/forgery/data), got "
              + args.length
              + " arguments");
    }
    Path data = Path.of(args[0], "dev", "forgery", "data");
    if (!Files.isDirectory(data) || step.write(data).isEmpty()) {
      throw new IllegalArgumentException(
          "args[0]: no "
              + what
              + " written under "
              + data
              + "; expected the class output directory of forgery-core, holding dev/forgery/data");
    }
  }

  /**
   * Writes an image for each table under {@code data} that has at least {@link #MIN_LINES} lines,
   * weights, and parses as a weighted table; each is written to a temporary file and moved into
   * place, so a failed write leaves no partial image.
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
      if (table.size() < MIN_LINES) {
        continue; // small enough to parse fast
      }
      Path image = file.resolveSibling(file.getFileName().toString().replace(".txt", ".bin"));
      writeImage(image, TableImage.encode(table));
      written.add(path);
    }
    return written;
  }

  /**
   * Writes an image to a temporary file beside {@code image} and moves it into place, so a failed
   * write leaves no partial image and an existing one untouched.
   *
   * @param image where the image goes
   * @param bytes its bytes
   * @throws IOException if it cannot be written
   */
  public static void writeImage(Path image, byte[] bytes) throws IOException {
    Path temporary = Files.createTempFile(image.getParent(), ".image", ".tmp");
    try {
      Files.write(temporary, bytes);
      Files.move(temporary, image, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
