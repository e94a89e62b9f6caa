package dev.forgery.cli;

import dev.forgery.Faker;
import dev.forgery.Schema;
import dev.forgery.arrow.ForgeryArrow;
import java.nio.Buffer;
import java.nio.file.Path;
import org.apache.arrow.memory.BufferAllocator;

/**
 * Writes Arrow IPC or Parquet files through forgery-arrow's slice writers ({@code
 * ForgeryArrow.writeArrow(faker, schema, from, to, file)} and {@code writeParquet}), which make the
 * rows 65,536 at a time on the calling thread and write the file whole or not at all themselves.
 *
 * <p>Row {@code i} of the file is row {@code i} of the CSV and JSON Lines output of the same
 * locale, seed and schema: the writer gets a faker restarted at the data set's seed, as every block
 * of the text formats does. These files are binary and random-access (Parquet's footer is written
 * last), so they go to a file only, never to the standard output. {@code --threads} does not apply,
 * and progress is reported once the file is complete, since the writers report nothing while they
 * run.
 */
final class ColumnarWriter implements DataWriter {
  /** Arrow IPC files (the random-access file format). */
  static final ColumnarWriter ARROW = new ColumnarWriter(ForgeryArrow::writeArrow);

  /** Snappy-compressed Parquet files. */
  static final ColumnarWriter PARQUET = new ColumnarWriter(ForgeryArrow::writeParquet);

  /** One of forgery-arrow's slice writers. */
  @FunctionalInterface
  interface Slice {
    /**
     * Writes rows {@code [from, to)} to {@code file}, whole or not at all.
     *
     * @param faker a faker at the start of the data set's sequence
     * @param schema the fields
     * @param from the first row
     * @param to one past the last row
     * @param file the file, created or replaced
     * @return how many rows were written
     */
    long write(Faker faker, Schema schema, long from, long to, Path file);
  }

  private final Slice slice;

  private ColumnarWriter(Slice slice) {
    this.slice = slice;
  }

  @Override
  public void write(DataSet data, Target target, Progress progress) {
    // Arrow's memory module reads java.nio.Buffer's address field; without the flag its own
    // message names sun.misc.Unsafe, which says nothing about the fix.
    if (!Buffer.class.getModule().isOpen("java.nio", BufferAllocator.class.getModule())) {
      throw new WriteFailure(
          "Arrow needs java.nio opened to it: run the jar with java -jar, whose manifest opens it,"
              + " or give java --add-opens=java.base/java.nio=ALL-UNNAMED",
          null);
    }
    long bytes =
        target.writeFile(
            file -> slice.write(data.faker(), data.schema(), data.from(), data.to(), file));
    progress.count(data.rows(), bytes);
  }
}
