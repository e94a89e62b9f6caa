package dev.forgery.internal.engine;

/**
 * Rows as {@link RowMap}s over one key array per schema: a map costs one small object more than the
 * tuple it wraps.
 */
final class MapSink extends RowSink {
  private final RowMap.Keys keys;

  /**
   * Makes maps with the given keys.
   *
   * @param keys the schema's keys
   */
  MapSink(RowMap.Keys keys) {
    this.keys = keys;
  }

  @Override
  Object[] newArray(int n) {
    return new RowMap[n];
  }

  @Override
  Object make(Object[] values) {
    return new RowMap(keys, values);
  }

  @Override
  void emit(Object[][] cells, int count, Object[] out, int at) {
    for (int k = 0; k < count; k++) {
      out[at + k] = new RowMap(keys, row(cells, k));
    }
  }
}
