package dev.forgery.internal.engine;

import java.lang.invoke.MethodHandle;

/**
 * Rows as Java records: each row's values, one per component in order, go to the record's canonical
 * constructor through a spread method handle. The block engine draws the components as columns, and
 * this sink makes the records from them, so a batch of records costs the same draws as a batch of
 * tuples plus one constructor call per row. Nested records use the same sink.
 */
final class RecordSink extends RowSink {
  /** The canonical constructor, taking its arguments as one {@code Object[]}. */
  private final MethodHandle constructor;

  /**
   * Creates the sink.
   *
   * @param constructor the canonical constructor, of type {@code (Object[])Object}
   */
  RecordSink(MethodHandle constructor) {
    this.constructor = constructor;
  }

  @Override
  Object[] newArray(int n) {
    return new Object[n];
  }

  /** Calls the constructor; a check it makes reaches the caller as thrown. */
  @Override
  Object make(Object[] values) {
    try {
      return (Object) constructor.invokeExact(values);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  /** The spread handle copies the arguments out, so one array serves the whole block. */
  @Override
  void emit(Object[][] cells, int count, Object[] out, int at) {
    Object[] args = new Object[cells.length];
    for (int k = 0; k < count; k++) {
      for (int j = 0; j < args.length; j++) {
        args[j] = cells[j][k];
      }
      out[at + k] = make(args);
    }
  }
}
