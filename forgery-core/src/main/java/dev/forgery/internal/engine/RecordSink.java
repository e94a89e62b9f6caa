package dev.forgery.internal.engine;

/**
 * Rows as objects (Java records, constructor classes, beans): each row's values, one per property
 * in order, go to the type's {@link Assembly}. The block engine draws the properties as columns,
 * and this sink makes the objects from them, so a batch of objects costs the same draws as a batch
 * of tuples plus one construction per row. Nested objects use the same assembly.
 */
final class RecordSink extends RowSink {
  private final Assembly assembly;

  /**
   * Creates the sink.
   *
   * @param assembly makes an object from its property values
   */
  RecordSink(Assembly assembly) {
    this.assembly = assembly;
  }

  @Override
  int blockRows() {
    return Blocks.OBJECT_BLOCK;
  }

  @Override
  Object[] newArray(int n) {
    return new Object[n];
  }

  /** Makes the object; a check its constructor or a setter makes reaches the caller as thrown. */
  @Override
  Object make(Object[] values) {
    return assembly.make(values);
  }

  /** Each object reads its values from the block's columns where they lie. */
  @Override
  void emit(Object[][] cells, int count, Object[] out, int at) {
    for (int k = 0; k < count; k++) {
      out[at + k] = assembly.make(cells, k);
    }
  }
}
