package dev.forgery.cli;

import java.util.Locale;

/**
 * The formats of {@code forgery records --format}. CSV and JSON Lines are written by forgery-core's
 * writers; Arrow and Parquet need the forgery-arrow module, and until this command bundles it,
 * asking for them is a usage error rather than a file that only looks right. Plugging a format in
 * is giving its constant a {@link DataWriter}.
 */
enum Format {
  /** RFC 4180 CSV, or the variant the CSV options ask for. */
  CSV(TextWriter.CSV),
  /** One JSON object per line. */
  JSONL(TextWriter.JSON_LINES),
  /** Arrow IPC files: needs forgery-arrow. */
  ARROW(null),
  /** Parquet files: needs forgery-arrow. */
  PARQUET(null);

  private final DataWriter writer;

  Format(DataWriter writer) {
    this.writer = writer;
  }

  /**
   * Returns the writer of this format.
   *
   * @return the writer
   * @throws UsageException if this build has none
   */
  DataWriter writer() {
    if (writer == null) {
      throw new UsageException(
          "--format "
              + this
              + " needs the forgery-arrow module, which this forgery-cli does not include yet;"
              + " use --format csv or --format jsonl");
    }
    return writer;
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
