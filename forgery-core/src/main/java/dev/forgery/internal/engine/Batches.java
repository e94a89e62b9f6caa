package dev.forgery.internal.engine;

import dev.forgery.internal.random.RandomSource;
import dev.forgery.internal.random.SplitMix64;
import dev.forgery.internal.registry.Generator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Batches of a compiled schema in every output shape: maps, tuples, columns, Java records, streams,
 * the writers, and unique values of one provider. Each takes the dataset seed from a supplier only
 * after its arguments are checked, so a rejected call leaves the caller's sequence untouched.
 */
public final class Batches {

  /**
   * Rows a stream or a writer makes at a time: enough for each field to draw a block of values in
   * one call, few enough that a stream of millions of rows holds only this many at once.
   */
  private static final int ROWS_AT_ONCE = 1_024;

  /** One generator per thread, reseeded for every cell. */
  private static final Supplier<RandomSource> WORKERS = () -> new SplitMix64(0);

  private Batches() {}

  /**
   * Checks slice bounds and returns the slice's size.
   *
   * @param engine the schema
   * @param from the first row
   * @param to one past the last row
   * @return {@code to - from}
   * @throws IllegalArgumentException if the bounds are invalid or too far apart
   */
  public static int sliceSize(RowEngine engine, long from, long to) {
    checkSlice(engine, from, to);
    if (to - from > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "a slice holds at most Integer.MAX_VALUE rows, got from=" + from + " and to=" + to);
    }
    return (int) (to - from);
  }

  /**
   * Checks slice bounds.
   *
   * @param engine the schema
   * @param from the first row
   * @param to one past the last row
   * @throws IllegalArgumentException if the bounds are invalid, or the slice of a schema with
   *     unique fields does not start at 0
   */
  public static void checkSlice(RowEngine engine, long from, long to) {
    if (from < 0 || to < from) {
      throw new IllegalArgumentException(
          "from and to must satisfy 0 <= from <= to, got from=" + from + " and to=" + to);
    }
    if (from > 0 && engine.hasUnique()) {
      throw new IllegalArgumentException(
          "a slice of a schema with unique fields must start at row 0, got from="
              + from
              + "; uniqueness is enforced from the first row on");
    }
  }

  /**
   * Makes rows {@code [from, from + n)} as maps.
   *
   * @param engine the schema
   * @param seed gives the dataset seed
   * @param from the first row
   * @param n how many rows
   * @param parallel whether to use the common fork-join pool
   * @return an unmodifiable list of maps
   */
  public static List<Map<String, Object>> records(
      RowEngine engine, LongSupplier seed, long from, int n, boolean parallel) {
    engine.checkUnique(from + n);
    long base = seed.getAsLong();
    return Collections.unmodifiableList(
        Arrays.asList(engine.maps(WORKERS, base, from, n, parallel)));
  }

  /**
   * Makes rows {@code [0, n)} as arrays.
   *
   * @param engine the schema
   * @param seed gives the dataset seed
   * @param n how many rows
   * @return an unmodifiable list of arrays
   */
  public static List<Object[]> tuples(RowEngine engine, LongSupplier seed, int n) {
    engine.checkUnique(n);
    long base = seed.getAsLong();
    return Collections.unmodifiableList(Arrays.asList(engine.rows(WORKERS, base, 0, n, false)));
  }

  /**
   * Makes rows {@code [0, n)} as columns.
   *
   * @param engine the schema
   * @param seed gives the dataset seed
   * @param n how many rows
   * @param parallel whether to use the common fork-join pool
   * @return the columns
   */
  public static RowEngine.Columns columns(
      RowEngine engine, LongSupplier seed, int n, boolean parallel) {
    engine.checkUnique(n);
    long base = seed.getAsLong();
    return engine.columns(WORKERS, base, 0, n, parallel);
  }

  /**
   * Makes {@code n} Java records.
   *
   * @param plan the record type's plan
   * @param seed gives the dataset seed
   * @param n how many
   * @param <T> the record type
   * @return an unmodifiable list of records
   */
  public static <T> List<T> javaRecords(RecordPlan plan, LongSupplier seed, int n) {
    long base = seed.getAsLong();
    RandomSource w = WORKERS.get();
    Object[] out = new Object[n];
    for (int i = 0; i < n; i++) {
      out[i] = plan.make(w, base, i);
    }
    @SuppressWarnings("unchecked")
    List<T> records = (List<T>) Collections.unmodifiableList(Arrays.asList(out));
    return records;
  }

  /**
   * Streams rows {@code [from, to)}.
   *
   * @param engine the schema
   * @param seed gives the dataset seed
   * @param from the first row
   * @param to one past the last row
   * @return the stream
   */
  public static Stream<Map<String, Object>> stream(
      RowEngine engine, LongSupplier seed, long from, long to) {
    long base = seed.getAsLong();
    return StreamSupport.stream(new Rows(engine, WORKERS, base, from, to), false);
  }

  /**
   * Rows {@code [next, end)}, made a block at a time and handed out one by one: 64 rows first,
   * twice as many each time up to {@link #ROWS_AT_ONCE}, so that {@code limit(10)} costs little;
   * splits hand out independent ranges, each with its own worker.
   */
  private static final class Rows implements Spliterator<Map<String, Object>> {
    private final RowEngine engine;
    private final Supplier<RandomSource> workers;
    private final long base;
    private final long end;
    private final List<Set<Object>> seen;
    private long next;
    private RandomSource worker;

    /** Rows made but not yet handed out: {@code made[taken]} is row {@code next}. */
    private Object[][] made;

    private int taken;

    /** Rows the next block will hold, at most. */
    private int blockSize = 64;

    Rows(RowEngine engine, Supplier<RandomSource> workers, long base, long from, long end) {
      this.engine = engine;
      this.workers = workers;
      this.base = base;
      this.next = from;
      this.end = end;
      this.seen = engine.hasUnique() ? engine.uniqueSets() : null;
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
        engine.rowsInto(worker, base, next, made);
        taken = 0;
      }
      Object[] values = made[taken];
      made[taken++] = null;
      if (seen != null) {
        engine.dedup(worker, base, next, values, seen);
      }
      next++;
      action.accept(new RowMap(engine.keys(), values));
      return true;
    }

    @Override
    public Spliterator<Map<String, Object>> trySplit() {
      long remaining = end - next;
      // Unique fields need one sequential pass; tiny ranges are not worth a split.
      if (seen != null || remaining < 2_048) {
        return null;
      }
      long mid = next + remaining / 2;
      Rows prefix = new Rows(engine, workers, base, next, mid);
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

  /**
   * Writes {@code n} rows as CSV or JSON Lines.
   *
   * @param engine the schema
   * @param seed gives the dataset seed
   * @param n how many rows
   * @param out where to write
   * @param json JSON Lines if {@code true}, else CSV
   * @return {@code n}
   */
  public static long write(
      RowEngine engine, LongSupplier seed, long n, Appendable out, boolean json) {
    Objects.requireNonNull(out, "out");
    if (n < 0) {
      throw new IllegalArgumentException("n must be >= 0, got " + n);
    }
    engine.checkUnique(n);
    long base = seed.getAsLong();
    RandomSource w = WORKERS.get();
    String[] names = engine.names();
    List<Set<Object>> seen = engine.hasUnique() ? engine.uniqueSets() : null;
    Object[][] made = new Object[(int) Math.min(ROWS_AT_ONCE, n)][];
    try {
      if (!json) {
        Writers.csvLine(out, names);
      }
      for (long first = 0; first < n; first += made.length) {
        if (n - first < made.length) {
          made = new Object[(int) (n - first)][];
        }
        engine.rowsInto(w, base, first, made);
        for (int k = 0; k < made.length; k++) {
          Object[] values = made[k];
          if (seen != null) {
            engine.dedup(w, base, first + k, values, seen);
          }
          if (json) {
            Writers.jsonLine(out, names, values);
          } else {
            Writers.csvLine(out, values);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return n;
  }

  /**
   * Writes {@code n} rows as CSV or JSON Lines to a file in UTF-8, replacing it.
   *
   * @param engine the schema
   * @param seed gives the dataset seed
   * @param n how many rows
   * @param file the file
   * @param json JSON Lines if {@code true}, else CSV
   * @return {@code n}
   */
  public static long write(RowEngine engine, LongSupplier seed, long n, Path file, boolean json) {
    Objects.requireNonNull(file, "file");
    try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      return write(engine, seed, n, writer, json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns {@code n} distinct values of one generator, in the order first drawn.
   *
   * @param type the type as written, for messages
   * @param gen the generator
   * @param seed gives the dataset seed
   * @param n how many
   * @return an unmodifiable list
   */
  public static List<Object> unique(String type, Generator gen, LongSupplier seed, int n) {
    RowEngine engine = new RowEngine(List.of(FieldSpec.of(type, type, gen).asUnique()));
    engine.checkUnique(n);
    long base = seed.getAsLong();
    Object[][] rows = engine.rows(WORKERS, base, 0, n, false);
    Object[] values = new Object[n];
    for (int i = 0; i < n; i++) {
      values[i] = rows[i][0];
    }
    return Collections.unmodifiableList(Arrays.asList(values));
  }
}
