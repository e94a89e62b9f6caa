package dev.forgery.cli;

import java.util.Locale;

/**
 * The formats of {@code forgery records --format}. CSV and JSON Lines are written by forgery-core's
 * writers, to a file or to the standard output; Arrow and Parquet by forgery-arrow's, to a file
 * only. Plugging a format in is giving its constant a {@link DataWriter}.
 */
enum Format {
  /** RFC 4180 CSV, or the variant the CSV options ask for. */
  CSV(TextWriter.CSV, true),
  /** One JSON object per line. */
  JSONL(TextWriter.JSON_LINES, true),
  /** Arrow IPC files. */
  ARROW(ColumnarWriter.ARROW, false),
  /** Snappy-compressed Parquet files. */
  PARQUET(ColumnarWriter.PARQUET, false);

  private final DataWriter writer;
  private final boolean text;

  Format(DataWriter writer, boolean text) {
    this.writer = writer;
    this.text = text;
  }

  /**
   * Returns the writer of this format.
   *
   * @return the writer
   */
  DataWriter writer() {
    return writer;
  }

  /**
   * Returns whether this format is text, written in blocks by {@code --threads} threads, that may
   * go to the standard output; binary formats are written to a file by one thread.
   *
   * @return whether the format is text
   */
  boolean text() {
    return text;
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
