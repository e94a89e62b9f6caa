package dev.forgery.cli;

import dev.forgery.CsvFormat;
import dev.forgery.Faker;
import dev.forgery.Schema;
import java.time.LocalDate;

/**
 * What {@code forgery records} writes: rows {@code [from, to)} of the data set that a locale, a
 * seed and a schema define. Row {@code i} depends only on those and {@code i}, so any slice, made
 * by any number of threads, holds the same rows.
 *
 * @param locale the locale tag
 * @param seed the seed
 * @param today the reference date of relative dates, the same for every thread
 * @param schema the fields
 * @param hasUnique whether some field is unique; such a data set is written from row 0, in one pass
 * @param from the first row
 * @param to one past the last row
 * @param threads how many threads generate blocks of rows
 * @param csv the CSV format, for CSV output
 */
record DataSet(
    String locale,
    long seed,
    LocalDate today,
    Schema schema,
    boolean hasUnique,
    long from,
    long to,
    int threads,
    CsvFormat csv) {

  /**
   * Returns a faker at the start of the data set's sequence; each thread needs its own.
   *
   * @return a new faker
   */
  Faker faker() {
    return new Faker(locale, seed).withToday(today);
  }

  /**
   * Returns how many rows are written.
   *
   * @return {@code to - from}
   */
  long rows() {
    return to - from;
  }
}
