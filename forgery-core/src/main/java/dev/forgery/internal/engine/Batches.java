package dev.forgery.internal.engine;

import dev.forgery.internal.random.RandomSource;
import dev.forgery.internal.random.SplitMix64;
import dev.forgery.internal.registry.Generator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The entry points of the structured engine that the facade calls, one per output: maps, tuples,
 * columns, Java records, streams, the writers, and unique values of one provider. Each checks its
 * arguments, takes the dataset seed from a supplier only then, so that a rejected call leaves the
 * caller's sequence untouched, and hands the compiled schema to the sink of its output.
 *
 * <p>The one door between {@code dev.forgery} and the engine: the facade knows nothing of blocks,
 * sinks or the uniqueness pass, and they can change without it.
 */
public final class Batches {

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
  public static int sliceSize(CompiledSchema engine, long from, long to) {
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
  public static void checkSlice(CompiledSchema engine, long from, long to) {
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
      CompiledSchema engine, LongSupplier seed, long from, int n, boolean parallel) {
    engine.checkUnique(from + n);
    long base = seed.getAsLong();
    Object[] maps = new MapSink(engine.keys()).batch(engine, WORKERS, base, from, n, parallel);
    return list(maps);
  }

  /**
   * Makes rows {@code [0, n)} as arrays.
   *
   * @param engine the schema
   * @param seed gives the dataset seed
   * @param n how many rows
   * @return an unmodifiable list of arrays
   */
  public static List<Object[]> tuples(CompiledSchema engine, LongSupplier seed, int n) {
    engine.checkUnique(n);
    long base = seed.getAsLong();
    return list(TupleSink.TUPLES.batch(engine, WORKERS, base, 0, n, false));
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
  public static Columns columns(CompiledSchema engine, LongSupplier seed, int n, boolean parallel) {
    engine.checkUnique(n);
    long base = seed.getAsLong();
    return ColumnSink.columns(engine, WORKERS, base, 0, n, parallel);
  }

  /**
   * Makes rows {@code [from, from + n)} as columns, on the calling thread.
   *
   * @param engine the schema
   * @param seed gives the dataset seed
   * @param from the first row
   * @param n how many rows
   * @return the columns
   */
  public static Columns columns(CompiledSchema engine, LongSupplier seed, long from, int n) {
    engine.checkUnique(from + n);
    long base = seed.getAsLong();
    return ColumnSink.columns(engine, WORKERS, base, from, n, false);
  }

  /**
   * Makes one object of a plan: the same object as {@code javaRecords(plan, seed, 1).get(0)}, drawn
   * cell by cell instead of through the block engine, whose blocks, seed arrays and claims a single
   * object does not need. A plan with unique properties takes the batch path.
   *
   * @param plan the type's plan
   * @param seed gives the dataset seed
   * @param <T> the type
   * @return the object
   */
  @SuppressWarnings("unchecked")
  public static <T> T javaRecord(RecordPlan plan, LongSupplier seed) {
    CompiledSchema schema = plan.schema();
    if (schema.hasUnique()) {
      return (T) javaRecords(plan, seed, 1).get(0);
    }
    return (T) plan.sink().first(schema, WORKERS.get(), seed.getAsLong());
  }

  /**
   * Makes {@code n} Java records on the calling thread.
   *
   * @param plan the record type's plan
   * @param seed gives the dataset seed
   * @param n how many
   * @param <T> the record type
   * @return an unmodifiable list of records
   * @throws IllegalArgumentException if a unique override cannot supply {@code n} distinct values
   */
  public static <T> List<T> javaRecords(RecordPlan plan, LongSupplier seed, int n) {
    return javaRecords(plan, seed, n, false);
  }

  /**
   * Makes {@code n} Java records, in parallel if asked; the same records either way.
   *
   * @param plan the record type's plan
   * @param seed gives the dataset seed
   * @param n how many
   * @param parallel whether to use the common fork-join pool
   * @param <T> the record type
   * @return an unmodifiable list of records
   * @throws IllegalArgumentException if a unique override cannot supply {@code n} distinct values
   */
  public static <T> List<T> javaRecords(
      RecordPlan plan, LongSupplier seed, int n, boolean parallel) {
    plan.schema().checkUnique(n);
    long base = seed.getAsLong();
    return list(plan.sink().batch(plan.schema(), WORKERS, base, 0, n, parallel));
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
      CompiledSchema engine, LongSupplier seed, long from, long to) {
    long base = seed.getAsLong();
    return StreamSupport.stream(new Rows(engine, WORKERS, base, from, to), false);
  }

  /**
   * Writes {@code n} rows as text to an appendable, after checking everything that can be checked
   * before the first row: {@code n}, the unique fields' domains and the field names. A failure
   * while writing (a provider, a value that is not valid text, the appendable) leaves what was
   * appended so far.
   *
   * @param engine the schema
   * @param seed gives the dataset seed
   * @param n how many rows
   * @param out where to write
   * @param encoder CSV or JSON Lines
   * @return {@code n}
   * @throws IllegalArgumentException if {@code n < 0}, a unique field cannot supply {@code n}
   *     values or a field name is not valid Unicode text
   * @throws IllegalStateException if a provider fails or a value is not valid Unicode text, naming
   *     the row and field
   * @throws UncheckedIOException if appending fails
   */
  public static long write(
      CompiledSchema engine, LongSupplier seed, long n, Appendable out, RowEncoder encoder) {
    checkCount(n);
    return write(engine, seed, 0, n, out, encoder);
  }

  /**
   * Writes rows {@code [from, to)} as text to an appendable, as {@link #write(CompiledSchema,
   * LongSupplier, long, Appendable, RowEncoder)} writes rows {@code [0, n)}: row {@code i} is row
   * {@code i} of the whole data set, and the encoder's header, if any, comes first.
   *
   * @param engine the schema
   * @param seed gives the dataset seed
   * @param from the first row
   * @param to one past the last row
   * @param out where to write
   * @param encoder CSV or JSON Lines
   * @return {@code to - from}
   * @throws IllegalArgumentException if the bounds are invalid, a slice of a schema with unique
   *     fields does not start at 0, a unique field cannot supply {@code to} values or a field name
   *     is not valid Unicode text
   * @throws IllegalStateException if a provider fails or a value is not valid Unicode text, naming
   *     the row and field
   * @throws UncheckedIOException if appending fails
   */
  public static long write(
      CompiledSchema engine,
      LongSupplier seed,
      long from,
      long to,
      Appendable out,
      RowEncoder encoder) {
    Objects.requireNonNull(out, "out");
    checkWrite(engine, from, to);
    long base = seed.getAsLong();
    try {
      RowWriter.write(engine, WORKERS.get(), base, from, to, out, encoder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return to - from;
  }

  /**
   * Writes {@code n} rows as text to a file in UTF-8, whole or not at all ({@link AtomicFile}):
   * everything that can be checked is checked before anything is created, the rows go to a new file
   * in the same directory, and that file replaces {@code file} only once it is complete. On any
   * failure {@code file} is left as it was.
   *
   * @param engine the schema
   * @param seed gives the dataset seed
   * @param n how many rows
   * @param file the file
   * @param encoder CSV or JSON Lines
   * @return {@code n}
   * @throws IllegalArgumentException if {@code n < 0}, a unique field cannot supply {@code n}
   *     values, a field name is not valid Unicode text, {@code file} is a directory or its
   *     directory does not exist
   * @throws IllegalStateException if a provider fails or a value is not valid Unicode text, naming
   *     the row and field
   * @throws UncheckedIOException if the file may not be written, or creating, writing or moving it
   *     fails
   */
  public static long write(
      CompiledSchema engine, LongSupplier seed, long n, Path file, RowEncoder encoder) {
    checkCount(n);
    return write(engine, seed, 0, n, file, encoder);
  }

  /**
   * Writes rows {@code [from, to)} as text to a file in UTF-8, whole or not at all, as {@link
   * #write(CompiledSchema, LongSupplier, long, Path, RowEncoder)} writes rows {@code [0, n)}.
   *
   * @param engine the schema
   * @param seed gives the dataset seed
   * @param from the first row
   * @param to one past the last row
   * @param file the file
   * @param encoder CSV or JSON Lines
   * @return {@code to - from}
   * @throws IllegalArgumentException if the bounds are invalid, a slice of a schema with unique
   *     fields does not start at 0, a unique field cannot supply {@code to} values, a field name is
   *     not valid Unicode text, {@code file} is a directory or its directory does not exist
   * @throws IllegalStateException if a provider fails or a value is not valid Unicode text, naming
   *     the row and field
   * @throws UncheckedIOException if the file may not be written, or creating, writing or moving it
   *     fails
   */
  public static long write(
      CompiledSchema engine, LongSupplier seed, long from, long to, Path file, RowEncoder encoder) {
    Objects.requireNonNull(file, "file");
    checkWrite(engine, from, to);
    Path target = AtomicFile.target(file);
    AtomicFile.write(
        target,
        out -> RowWriter.write(engine, WORKERS.get(), seed.getAsLong(), from, to, out, encoder));
    return to - from;
  }

  private static void checkCount(long n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must be >= 0, got " + n);
    }
  }

  private static void checkWrite(CompiledSchema engine, long from, long to) {
    checkSlice(engine, from, to);
    engine.checkUnique(to);
    RowEncoder.checkNames(engine.names());
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
    CompiledSchema engine = new CompiledSchema(List.of(FieldSpec.of(type, type, gen).asUnique()));
    engine.checkUnique(n);
    long base = seed.getAsLong();
    Object[] rows = TupleSink.TUPLES.batch(engine, WORKERS, base, 0, n, false);
    Object[] values = new Object[n];
    for (int i = 0; i < n; i++) {
      values[i] = ((Object[]) rows[i])[0];
    }
    return list(values);
  }

  /** Wraps without copying: the array never escapes, so the list is truly unmodifiable. */
  @SuppressWarnings("unchecked")
  private static <T> List<T> list(Object[] values) {
    return (List<T>) Collections.unmodifiableList(Arrays.asList(values));
  }
}
