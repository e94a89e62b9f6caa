package dev.forgery.internal.engine;

import dev.forgery.internal.random.RandomSource;
import java.io.IOException;

/**
 * Writes rows as text as they are made: {@link Rows#ROWS_AT_ONCE} rows at a time, each passed
 * through the {@link Uniqueness} pass if the schema has unique fields, then encoded by a {@link
 * RowEncoder}. Only one block of rows is in memory at once, however many are written (plus, for
 * unique fields, the values they have taken so far, which the uniqueness pass must remember).
 */
final class RowWriter {
  private RowWriter() {}

  /**
   * Writes rows {@code [from, to)}; a slice of a schema with unique fields starts at 0.
   *
   * @param schema the schema
   * @param w the calling thread's worker
   * @param base the dataset seed
   * @param from the first row
   * @param to one past the last row
   * @param out where to write
   * @param encoder CSV or JSON Lines
   * @throws IOException if appending fails
   */
  static void write(
      CompiledSchema schema,
      RandomSource w,
      long base,
      long from,
      long to,
      Appendable out,
      RowEncoder encoder)
      throws IOException {
    String[] names = schema.names();
    int[] scales = schema.scales();
    Uniqueness uniqueness = schema.hasUnique() ? new Uniqueness(schema, 0) : null;
    Object[][] made = new Object[(int) Math.min(Rows.ROWS_AT_ONCE, to - from)][];
    encoder.begin(out, names);
    for (long first = from; first < to; first += made.length) {
      if (to - first < made.length) {
        made = new Object[(int) (to - first)][];
      }
      TupleSink.TUPLES.into(schema, w, base, first, made);
      for (int k = 0; k < made.length; k++) {
        Object[] values = made[k];
        if (uniqueness != null) {
          uniqueness.row(w, base, first + k, values);
        }
        encoder.row(out, names, scales, values, first + k);
      }
    }
  }
}
