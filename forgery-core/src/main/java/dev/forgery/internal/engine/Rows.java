package dev.forgery.internal.engine;

import dev.forgery.internal.random.RandomSource;
import java.util.Map;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A lazy stream's rows {@code [next, end)}, made a block at a time and handed out one by one as
 * maps: 64 rows first, twice as many each time up to {@link #ROWS_AT_ONCE}, so that {@code
 * limit(10)} costs little and a stream of millions of rows holds only one block at once. Splits
 * hand out independent ranges, each with its own worker; with unique fields the stream stays
 * sequential and passes each row through the {@link Uniqueness} pass as it hands it out.
 */
final class Rows implements Spliterator<Map<String, Object>> {
  /**
   * Most rows made at a time: enough for each field to draw a block of values in one call, few
   * enough that a stream of millions of rows holds only this many at once.
   */
  static final int ROWS_AT_ONCE = 1_024;

  private final CompiledSchema schema;
  private final Supplier<RandomSource> workers;
  private final long base;
  private final long end;
  private final Uniqueness uniqueness;
  private long next;
  private RandomSource worker;

  /** Rows made but not yet handed out: {@code made[taken]} is row {@code next}. */
  private Object[][] made;

  private int taken;

  /** Rows the next block will hold, at most. */
  private int blockSize = 64;

  /**
   * Streams rows {@code [from, end)}.
   *
   * @param schema the schema
   * @param workers makes the worker of this range and of every split
   * @param base the dataset seed
   * @param from the first row
   * @param end one past the last row
   */
  Rows(CompiledSchema schema, Supplier<RandomSource> workers, long base, long from, long end) {
    this.schema = schema;
    this.workers = workers;
    this.base = base;
    this.next = from;
    this.end = end;
    this.uniqueness = schema.hasUnique() ? new Uniqueness(schema, 0) : null;
  }

  @Override
  public boolean tryAdvance(Consumer<? super Map<String, Object>> action) {
    if (next >= end) {
      return false;
    }
    if (made == null || taken == made.length) {
      if (worker == null) {
        worker = workers.get();
      }
      made = new Object[(int) Math.min(blockSize, end - next)][];
      blockSize = Math.min(ROWS_AT_ONCE, 2 * blockSize);
      TupleSink.TUPLES.into(schema, worker, base, next, made);
      taken = 0;
    }
    Object[] values = made[taken];
    made[taken++] = null;
    if (uniqueness != null) {
      uniqueness.row(worker, base, next, values);
    }
    next++;
    action.accept(new RowMap(schema.keys(), values));
    return true;
  }

  @Override
  public Spliterator<Map<String, Object>> trySplit() {
    long remaining = end - next;
    // Unique fields need one sequential pass; tiny ranges are not worth a split.
    if (uniqueness != null || remaining < 2_048) {
      return null;
    }
    long mid = next + remaining / 2;
    Rows prefix = new Rows(schema, workers, base, next, mid);
    next = mid;
    // Rows made ahead now belong to the prefix, which makes them again.
    made = null;
    return prefix;
  }

  @Override
  public long estimateSize() {
    return end - next;
  }

  @Override
  public int characteristics() {
    return ORDERED | SIZED | SUBSIZED | NONNULL | IMMUTABLE;
  }
}
