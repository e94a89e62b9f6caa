package dev.forgery.internal.engine;

import dev.forgery.internal.random.RandomSource;
import java.util.function.Supplier;

/**
 * Rows stored by column: one array per field, primitive for int, double and boolean generators, and
 * a null mask per nullable field. Each block's cells go straight into the columns, so no row object
 * is ever made; never-null object and int columns are drawn a block at a time.
 */
final class ColumnSink {
  private ColumnSink() {}

  /**
   * Makes rows {@code [from, from + n)} column by column, in parallel if asked; the result is the
   * same either way.
   *
   * @param schema the schema
   * @param workers makes one worker per thread
   * @param base the dataset seed
   * @param from the first row index
   * @param n how many rows
   * @param parallel whether to use the common fork-join pool
   * @return the columns
   */
  static Columns columns(
      CompiledSchema schema,
      Supplier<RandomSource> workers,
      long base,
      long from,
      int n,
      boolean parallel) {
    int width = schema.width();
    Object[] arrays = new Object[width];
    boolean[][] nulls = new boolean[width][];
    for (int j = 0; j < width; j++) {
      switch (schema.kind(j)) {
        case INT:
          arrays[j] = new int[n];
          break;
        case DOUBLE:
          arrays[j] = new double[n];
          break;
        case BOOLEAN:
          arrays[j] = new boolean[n];
          break;
        default:
          arrays[j] = new Object[n];
          break;
      }
      if (schema.nullable(j)) {
        nulls[j] = new boolean[n];
      }
    }
    Blocks.run(
        workers,
        base,
        from,
        n,
        parallel,
        Blocks.BLOCK,
        size ->
            (w, at, count, rowSeeds, seeds) -> {
              for (int j = 0; j < width; j++) {
                try {
                  schema.fillColumn(w, j, arrays[j], nulls[j], seeds, rowSeeds, at, count);
                } catch (RuntimeException e) {
                  throw schema.failed(w, j, rowSeeds, count, from + at, e);
                }
              }
            });
    if (schema.hasUnique()) {
      new Uniqueness(schema, n).columns(workers.get(), base, from, n, arrays, nulls);
    }
    return new Columns(schema.names(), arrays, nulls, n);
  }
}
