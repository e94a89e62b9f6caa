package dev.forgery.internal.engine;

import dev.forgery.internal.random.RandomSource;
import java.util.function.Supplier;

/**
 * What the rows of a batch become, one element per row: an {@code Object[]}, a {@link RowMap} or a
 * Java record. A block of rows is drawn field by field into one buffer per field, so each
 * provider's tables stay in cache while it draws a whole block (the 88,799-surname table alone is
 * about a megabyte), and only then are the block's elements made, each in one go from values still
 * in cache. Cells are independently seeded, so neither the order of filling nor the split into
 * blocks changes a value.
 *
 * <p>The drawing and the scheduling are the same for every row shape; a subclass only says how a
 * row's values become its element. With unique fields the rows are drawn first, made distinct by
 * the {@link Uniqueness} pass in row order, and only then made into elements.
 */
abstract class RowSink {

  /**
   * Returns an array for {@code n} elements.
   *
   * @param n the number of rows
   * @return a new array
   */
  abstract Object[] newArray(int n);

  /**
   * Makes one row's element.
   *
   * @param values the row's values, one per field, owned by the sink from now on
   * @return the element
   */
  abstract Object make(Object[] values);

  /**
   * Makes the elements of a block of rows, {@code out[at, at + count)}, from its cells.
   *
   * @param cells one buffer per field, holding the block's cells from index 0
   * @param count how many rows
   * @param out the batch's elements
   * @param at where the block's first element goes
   */
  abstract void emit(Object[][] cells, int count, Object[] out, int at);

  /**
   * The most rows drawn a block at a time; objects override it, see {@link Blocks#OBJECT_BLOCK}.
   */
  int blockRows() {
    return Blocks.BLOCK;
  }

  /**
   * Makes rows {@code [from, from + n)} of the dataset, in parallel if asked; the result is the
   * same either way.
   *
   * @param schema the schema
   * @param workers makes one worker per thread
   * @param base the dataset seed
   * @param from the first row index
   * @param n how many rows
   * @param parallel whether to use the common fork-join pool
   * @return one element per row, in order
   */
  final Object[] batch(
      CompiledSchema schema,
      Supplier<RandomSource> workers,
      long base,
      long from,
      int n,
      boolean parallel) {
    if (!schema.hasUnique()) {
      Object[] out = newArray(n);
      fill(schema, workers, base, from, out, parallel);
      return out;
    }
    // Duplicates are replaced in row order over the finished rows, so make elements afterwards.
    Object[][] rows = new Object[n][];
    TupleSink.TUPLES.fill(schema, workers, base, from, rows, parallel);
    new Uniqueness(schema, n).rows(workers.get(), base, from, rows);
    Object[] out = newArray(n);
    for (int i = 0; i < n; i++) {
      out[i] = make(rows[i]);
    }
    return out;
  }

  /**
   * Fills {@code out} with the elements of rows {@code [from, from + out.length)} on the calling
   * thread, without replacing duplicates of unique fields: what a stream or a writer hands out
   * next, made a block at a time.
   *
   * @param schema the schema
   * @param worker the calling thread's worker
   * @param base the dataset seed
   * @param from the first row index
   * @param out one new element per row goes here
   */
  final void into(CompiledSchema schema, RandomSource worker, long base, long from, Object[] out) {
    fill(schema, () -> worker, base, from, out, false);
  }

  /**
   * Fills {@code out} with the elements of rows {@code [from, from + out.length)}, in parallel if
   * asked, without replacing duplicates of unique fields.
   */
  final void fill(
      CompiledSchema schema,
      Supplier<RandomSource> workers,
      long base,
      long from,
      Object[] out,
      boolean parallel) {
    int width = schema.width();
    Blocks.run(
        workers,
        base,
        from,
        out.length,
        parallel,
        blockRows(),
        size -> {
          Object[][] cells = new Object[width][size];
          return (w, at, count, rowSeeds, seeds) -> {
            for (int j = 0; j < width; j++) {
              try {
                schema.fillCells(w, j, cells[j], seeds, rowSeeds, count);
              } catch (RuntimeException e) {
                throw schema.failed(w, j, rowSeeds, count, from + at, e);
              }
            }
            emit(cells, count, out, at);
          };
        });
  }

  /**
   * Makes row 0 of a dataset alone, cell by cell: the value the block path gives for a batch of
   * one.
   *
   * @param schema the fields
   * @param worker the calling thread's generator
   * @param base the dataset seed
   * @return the row's object
   */
  final Object first(CompiledSchema schema, RandomSource worker, long base) {
    Object[] values = new Object[schema.width()];
    schema.fill(worker, base, 0, values);
    return make(values);
  }

  /**
   * Returns row {@code k} of a block as a new array, one value per field.
   *
   * @param cells one buffer per field
   * @param k the row within the block
   * @return the row's values
   */
  static Object[] row(Object[][] cells, int k) {
    Object[] row = new Object[cells.length];
    for (int j = 0; j < row.length; j++) {
      row[j] = cells[j][k];
    }
    return row;
  }
}
