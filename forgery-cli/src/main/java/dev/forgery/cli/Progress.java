package dev.forgery.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Reports how far a write has come on the error stream, at most once a second: rows written of the
 * total, the throughput and the bytes so far, then a last line with the totals. The data itself
 * never goes there.
 *
 * <p>On a terminal the report rewrites one line ({@code \r}); elsewhere (a log, a CI run) it prints
 * one line each time. It is called only from the thread that writes, between blocks of rows.
 */
final class Progress {
  /** Nanoseconds between two reports. */
  private static final long EVERY = 1_000_000_000L;

  private final PrintWriter err;
  private final long total;
  private final boolean terminal;
  private final LongSupplier clock;
  private final long start;
  private long rows;
  private long bytes;
  private long last;
  private boolean shown;

  /**
   * Starts a report.
   *
   * @param err where the report goes
   * @param total how many rows the write makes
   * @param terminal whether to rewrite one line rather than print one per report
   * @param clock the time in nanoseconds
   */
  Progress(PrintWriter err, long total, boolean terminal, LongSupplier clock) {
    this.err = err;
    this.total = total;
    this.terminal = terminal;
    this.clock = clock;
    this.start = clock.getAsLong();
    this.last = start;
  }

  /**
   * Returns a report that says nothing, for short runs and pipelines.
   *
   * @return the silent report
   */
  static Progress silent() {
    return new Progress(null, 0, false, () -> 0L);
  }

  /**
   * Counts rows written and reports if a second has passed since the last report.
   *
   * @param moreRows rows written since the last call
   * @param bytesSoFar bytes written in all
   */
  void advance(long moreRows, long bytesSoFar) {
    count(moreRows, bytesSoFar);
    if (err == null) {
      return;
    }
    long now = clock.getAsLong();
    if (now - last >= EVERY) {
      last = now;
      report(now, terminal ? "\r" : "", terminal ? "" : System.lineSeparator());
    }
  }

  /**
   * Counts rows written without reporting, for a write that is complete: {@link #finish} reports
   * the totals.
   *
   * @param moreRows rows written since the last call
   * @param bytesSoFar bytes written in all
   */
  void count(long moreRows, long bytesSoFar) {
    rows += moreRows;
    bytes = bytesSoFar;
  }

  /** Prints the totals, if reporting. */
  void finish() {
    if (err == null) {
      return;
    }
    report(clock.getAsLong(), terminal && shown ? "\r" : "", System.lineSeparator());
  }

  private void report(long now, String before, String after) {
    double seconds = Math.max(now - start, 1) / 1e9;
    err.print(
        before
            + String.format(
                Locale.ROOT,
                "forgery: %,d of %,d rows (%.1f%%), %,.0f rows/s, %.1f MB in %.1f s",
                rows,
                total,
                total == 0 ? 100.0 : 100.0 * rows / total,
                rows / seconds,
                bytes / 1e6,
                seconds)
            + after);
    err.flush();
    shown = true;
  }
}
