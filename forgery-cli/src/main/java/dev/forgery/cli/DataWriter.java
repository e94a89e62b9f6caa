package dev.forgery.cli;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a data set in one file format. A format is one implementation of this interface and one
 * constant of {@link Format}; the target (a file written whole or not at all, or the standard
 * output) is the command's concern, not the format's.
 */
@FunctionalInterface
interface DataWriter {
  /**
   * Writes rows {@code [data.from(), data.to())}.
   *
   * @param data the data set
   * @param out where the bytes go; not closed
   * @param progress counts the rows as they are written
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if the data set is refused before anything is written (a
   *     unique field that cannot supply enough values)
   * @throws IllegalStateException if a provider fails, naming the row and field
   */
  void write(DataSet data, OutputStream out, Progress progress) throws IOException;
}
