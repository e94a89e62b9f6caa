package dev.forgery.cli;

/**
 * Writes a data set in one file format. A format is one implementation of this interface and one
 * constant of {@link Format}; where the bytes go (a file written whole or not at all, or the
 * standard output) is the {@link Target}'s concern, not the format's.
 */
@FunctionalInterface
interface DataWriter {
  /**
   * Writes rows {@code [data.from(), data.to())} to the target.
   *
   * @param data the data set
   * @param target where the data set goes
   * @param progress counts the rows as they are written
   * @throws WriteFailure if the target cannot be written
   * @throws IllegalArgumentException if the data set is refused before anything is written (a
   *     unique field that cannot supply enough values)
   * @throws IllegalStateException if a provider fails, naming the row and field
   */
  void write(DataSet data, Target target, Progress progress);
}
