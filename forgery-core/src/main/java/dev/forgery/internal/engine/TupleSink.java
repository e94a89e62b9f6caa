package dev.forgery.internal.engine;

/**
 * Rows as {@code Object[]} tuples, one value per field in schema order: the plainest row shape,
 * which streams, writers and the uniqueness pass also work on before a row takes its final shape.
 */
final class TupleSink extends RowSink {
  /** The one instance; a tuple needs nothing from its schema. */
  static final TupleSink TUPLES = new TupleSink();

  private TupleSink() {}

  @Override
  Object[] newArray(int n) {
    return new Object[n][];
  }

  @Override
  Object make(Object[] values) {
    return values;
  }

  @Override
  void emit(Object[][] cells, int count, Object[] out, int at) {
    for (int k = 0; k < count; k++) {
      out[at + k] = row(cells, k);
    }
  }
}
