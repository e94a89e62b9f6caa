package dev.forgery.internal.engine;

import dev.forgery.internal.random.RandomSource;
import dev.forgery.internal.registry.Generator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * A schema compiled into arrays: per block of rows, one call per field that draws the whole block's
 * cells, each restarted at its own seed; no lookups by name. Besides the values, a batch allocates
 * only scratch space per thread and per block.
 *
 * <p>Immutable and shared; all mutable state lives in the {@link RandomSource} each thread brings
 * and in the scratch space of its blocks.
 */
public final class RowEngine {
  /**
   * Fewest redraws allowed per cell of a unique field before giving up (unknown domain) or taking a
   * value not drawn yet from the domain (known domain); an unknown domain's budget also grows with
   * the values found so far.
   */
  static final int MAX_RETRIES = 1_000;

  /**
   * Most rows drawn field by field at a time: each provider then draws thousands of values while
   * its tables are in cache, and a block's seeds and buffers stay in L2. Measured against blocks of
   * 1,024 and 32,768 rows, 8,192 to 16,384 were fastest for the benchmark schema.
   */
  private static final int BLOCK = 8_192;

  /** Fewest rows a thread claims at a time in a parallel batch (unless fewer are left). */
  private static final int GRAIN = 1_024;

  private final FieldSpec[] fields;
  private final Generator[] gens;
  private final long[] salts;
  private final double[] nullRates;
  private final RowMap.Keys keys;
  private final String[] names;
  private final boolean hasUnique;
  private final int[] retries;

  /**
   * Compiles validated fields.
   *
   * @param fields the fields in order, with distinct names
   */
  public RowEngine(List<FieldSpec> fields) {
    this.fields = fields.toArray(new FieldSpec[0]);
    int n = this.fields.length;
    gens = new Generator[n];
    salts = new long[n];
    nullRates = new double[n];
    names = new String[n];
    boolean unique = false;
    retries = new int[n];
    for (int j = 0; j < n; j++) {
      FieldSpec f = this.fields[j];
      gens[j] = f.gen();
      salts[j] = f.salt();
      nullRates[j] = f.nullRate();
      names[j] = f.name();
      unique |= f.unique();
      // Filling a known domain to the last value is coupon collecting: the final value of a
      // d-value domain takes about d draws (more when weighted), so redrawing gets a budget that
      // grows with d, and past it the values not yet drawn are taken from the domain itself.
      long domain = f.gen().domainSize();
      retries[j] = (int) Math.max(MAX_RETRIES, Math.min(1L << 24, domain < 0 ? 0 : 2 * domain));
    }
    keys = new RowMap.Keys(names);
    hasUnique = unique;
  }

  /**
   * Returns the shared keys of this schema's row maps.
   *
   * @return the keys
   */
  public RowMap.Keys keys() {
    return keys;
  }

  /**
   * Returns the field names in order.
   *
   * @return a new array
   */
  public String[] names() {
    return names.clone();
  }

  /**
   * Returns the fields in order.
   *
   * @return the fields
   */
  public List<FieldSpec> fields() {
    return List.of(fields);
  }

  /**
   * Returns whether any field is unique.
   *
   * @return {@code true} if some field's values must be distinct
   */
  public boolean hasUnique() {
    return hasUnique;
  }

  /**
   * Checks that every unique field can supply {@code n} distinct values, where that is known.
   *
   * @param n the batch size
   * @throws IllegalArgumentException naming the first field that cannot
   */
  public void checkUnique(long n) {
    for (FieldSpec f : fields) {
      if (!f.unique()) {
        continue;
      }
      long domain = f.gen().domainSize();
      // Nulls are exempt from uniqueness, as in SQL, so a nullable field needs fewer values;
      // checking against n keeps the message simple and only over-warns at tiny domains.
      if (domain >= 0 && domain < n && f.nullRate() == 0.0) {
        throw new IllegalArgumentException(
            "field '"
                + f.name()
                + "' ("
                + f.type()
                + ") is unique but can take only "
                + domain
                + " distinct values, fewer than the "
                + n
                + " rows requested");
      }
    }
  }

  /**
   * Fills {@code out} with the values of row {@code row}, cell by cell: the plainest statement of
   * what a row is, against which the block paths ({@link #rows}, {@link #maps}, {@link #columns},
   * {@link #rowsInto}) are tested.
   *
   * @param w the calling thread's worker
   * @param base the dataset seed
   * @param row the row index
   * @param out one slot per field
   */
  public void fill(RandomSource w, long base, long row, Object[] out) {
    long rowSeed = Seeds.row(base, row);
    RandomSource random = w;
    for (int j = 0; j < gens.length; j++) {
      random.reseed(rowSeed ^ salts[j]);
      double rate = nullRates[j];
      out[j] = rate > 0.0 && random.nextDouble() < rate ? null : gens[j].next(random);
    }
  }

  /**
   * Generates rows {@code [from, from + n)} as value arrays, in parallel if asked; the result is
   * the same either way.
   *
   * @param workers makes one worker per thread
   * @param base the dataset seed
   * @param from the first row index
   * @param n how many rows
   * @param parallel whether to use the common fork-join pool
   * @return one array per row
   */
  public Object[][] rows(
      Supplier<RandomSource> workers, long base, long from, int n, boolean parallel) {
    Object[][] rows = new Object[n][];
    generateRows(workers, base, from, rows, false, parallel);
    if (hasUnique) {
      dedupRows(workers.get(), base, from, rows);
    }
    return rows;
  }

  /**
   * Fills {@code out} with rows {@code [from, from + out.length)} on the calling thread, without
   * replacing duplicates of unique fields: what a stream or a writer hands out next, made a block
   * at a time and then taken row by row.
   *
   * @param worker the calling thread's worker
   * @param base the dataset seed
   * @param from the first row index
   * @param out one new array per row goes here
   */
  public void rowsInto(RandomSource worker, long base, long from, Object[][] out) {
    generateRows(() -> worker, base, from, out, false, false);
  }

  /**
   * Generates rows {@code [from, from + n)} as this schema's maps, in parallel if asked; the same
   * values as {@link #rows}.
   *
   * @param workers makes one worker per thread
   * @param base the dataset seed
   * @param from the first row index
   * @param n how many rows
   * @param parallel whether to use the common fork-join pool
   * @return one map per row, in order
   */
  public RowMap[] maps(
      Supplier<RandomSource> workers, long base, long from, int n, boolean parallel) {
    RowMap[] maps = new RowMap[n];
    if (!hasUnique) {
      generateRows(workers, base, from, maps, true, parallel);
      return maps;
    }
    // Duplicates are replaced in row order over the finished rows, so wrap them afterwards.
    Object[][] rows = rows(workers, base, from, n, parallel);
    for (int i = 0; i < n; i++) {
      maps[i] = new RowMap(keys, rows[i]);
    }
    return maps;
  }

  /**
   * Fills {@code out} with rows {@code [from, from + out.length)}: {@code Object[]} rows, or {@link
   * RowMap}s over them if {@code asMaps}.
   *
   * <p>A block of rows is drawn field by field into one buffer per field, so each provider's tables
   * stay in cache while it draws a whole block (the 88,799-surname table alone is about a
   * megabyte), and only then are the block's rows made, each in one go from values still in cache.
   * Cells are independently seeded, so neither the order of filling nor the split into blocks and
   * pieces changes a value.
   */
  private void generateRows(
      Supplier<RandomSource> workers,
      long base,
      long from,
      Object[] out,
      boolean asMaps,
      boolean parallel) {
    int width = gens.length;
    forBlocks(
        workers,
        base,
        from,
        out.length,
        parallel,
        size -> {
          Object[][] cells = new Object[width][size];
          return (w, at, count, rowSeeds, seeds) -> {
            for (int j = 0; j < width; j++) {
              fillCells(w, j, cells[j], seeds, rowSeeds, count);
            }
            for (int k = 0; k < count; k++) {
              Object[] row = new Object[width];
              for (int j = 0; j < width; j++) {
                row[j] = cells[j][k];
              }
              out[at + k] = asMaps ? new RowMap(keys, row) : row;
            }
          };
        });
  }

  /**
   * Generates rows {@code [from, from + n)} column by column.
   *
   * @param workers makes one worker per thread
   * @param base the dataset seed
   * @param from the first row index
   * @param n how many rows
   * @param parallel whether to use the common fork-join pool
   * @return one array per field ({@code int[]}, {@code double[]}, {@code boolean[]} or {@code
   *     Object[]}) and, for nullable fields, a null mask
   */
  public Columns columns(
      Supplier<RandomSource> workers, long base, long from, int n, boolean parallel) {
    int width = gens.length;
    Object[] arrays = new Object[width];
    boolean[][] nulls = new boolean[width][];
    for (int j = 0; j < width; j++) {
      switch (gens[j].kind()) {
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
      if (nullRates[j] > 0.0) {
        nulls[j] = new boolean[n];
      }
    }
    forBlocks(
        workers,
        base,
        from,
        n,
        parallel,
        size ->
            (w, at, count, rowSeeds, seeds) -> {
              for (int j = 0; j < width; j++) {
                fillColumn(w, j, arrays[j], nulls[j], seeds, rowSeeds, at, count);
              }
            });
    if (hasUnique) {
      dedupColumns(workers.get(), base, from, n, arrays, nulls);
    }
    return new Columns(names.clone(), arrays, nulls, n);
  }

  /**
   * The arrays of a columnar batch.
   *
   * @param names field names
   * @param arrays one array per field
   * @param nulls per field, a null mask or {@code null} if the field is never null
   * @param size the number of rows
   */
  public record Columns(String[] names, Object[] arrays, boolean[][] nulls, int size) {}

  /**
   * Fills one block of rows {@code [at, at + count)}, whose seeds are {@code rowSeeds[0, count)}.
   */
  @FunctionalInterface
  private interface Block {
    /**
     * Fills the block.
     *
     * @param w the thread's worker
     * @param at the first row, an index into the batch
     * @param count how many rows, at most {@link #BLOCK}
     * @param rowSeeds the rows' seeds
     * @param seeds scratch space for cell seeds, as long as {@code rowSeeds}
     */
    void fill(RandomSource w, int at, int count, long[] rowSeeds, long[] seeds);
  }

  /**
   * Runs over rows {@code [0, n)} of a batch in blocks of at most {@link #BLOCK} rows: on the
   * calling thread alone, or, if asked, on it and the common pool's threads together. Each thread
   * gets its own worker, its own {@link Block} from {@code blocks} (given the largest block size,
   * to make its scratch space), and row seeds computed once per block for all fields. Rows do not
   * depend on each other, so which thread fills a block never changes a value.
   */
  private static void forBlocks(
      Supplier<RandomSource> workers,
      long base,
      long from,
      int n,
      boolean parallel,
      IntFunction<Block> blocks) {
    // At least one helper even on one core, so the parallel path is the same code everywhere.
    int helpers =
        parallel && n > GRAIN ? Math.max(1, Runtime.getRuntime().availableProcessors() - 1) : 0;
    Claims claims = new Claims(n, helpers == 0 ? 1 : 2 * (helpers + 1));
    Runnable task =
        () -> {
          RandomSource w = null;
          Block block = null;
          long[] rowSeeds = null;
          long[] seeds = null;
          for (int at; (at = claims.claim()) >= 0; ) {
            if (w == null) {
              w = workers.get();
              int size = Math.min(BLOCK, n);
              block = blocks.apply(size);
              rowSeeds = new long[size];
              seeds = new long[size];
            }
            int count = claims.size(at);
            rowSeeds(base, from + at, count, rowSeeds);
            block.fill(w, at, count, rowSeeds, seeds);
          }
        };
    ForkJoinTask<?>[] pool = new ForkJoinTask<?>[helpers];
    for (int h = 0; h < helpers; h++) {
      pool[h] = ForkJoinPool.commonPool().submit(task);
    }
    try {
      task.run();
    } catch (RuntimeException | Error e) {
      // A provider failed: the helpers stop after their current block, and the caller learns why.
      claims.stop();
      throw e;
    }
    for (ForkJoinTask<?> helper : pool) {
      helper.join();
    }
  }

  /**
   * Hands out the rows of a batch to whichever thread asks next, in blocks that shrink towards the
   * end. A claim takes the rows left divided by {@code divisor}, between {@link #GRAIN} and {@link
   * #BLOCK} rows: alone, a thread takes whole blocks; in parallel, with twice as many shares as
   * threads, threads take large blocks while much is left and small ones at the end, so a thread
   * that starts late (the pool's thread must first wake up) or runs slow just claims less, and the
   * others wait at most one small block for it.
   */
  private static final class Claims {
    private final AtomicInteger next = new AtomicInteger();
    private final int n;
    private final int divisor;

    Claims(int n, int divisor) {
      this.n = n;
      this.divisor = divisor;
    }

    /** Claims the next block and returns its first row, or -1 if no rows are left. */
    int claim() {
      while (true) {
        int at = next.get();
        if (at >= n) {
          return -1;
        }
        if (next.compareAndSet(at, at + size(at))) {
          return at;
        }
      }
    }

    /** The size of the block that starts at row {@code at}. */
    int size(int at) {
      int left = n - at;
      return Math.min(left, Math.max(GRAIN, Math.min(BLOCK, left / divisor)));
    }

    /** Leaves no rows to claim. */
    void stop() {
      next.set(n);
    }
  }

  /**
   * Computes the seeds of rows {@code [first, first + count)} once for all their fields: {@code
   * out[k]} is the seed of row {@code first + k}.
   */
  private static void rowSeeds(long base, long first, int count, long[] out) {
    for (int k = 0; k < count; k++) {
      out[k] = Seeds.row(base, first + k);
    }
  }

  /**
   * Fills {@code out[0, count)} with field {@code j} of a block of rows whose seeds are {@code
   * rowSeeds[0, count)}; {@code seeds} is scratch space.
   */
  private void fillCells(
      RandomSource w, int j, Object[] out, long[] seeds, long[] rowSeeds, int count) {
    long salt = salts[j];
    double rate = nullRates[j];
    if (rate == 0.0) {
      for (int k = 0; k < count; k++) {
        seeds[k] = rowSeeds[k] ^ salt;
      }
      gens[j].fill(w, seeds, out, 0, count);
      return;
    }
    RandomSource random = w;
    Generator gen = gens[j];
    for (int k = 0; k < count; k++) {
      random.reseed(rowSeeds[k] ^ salt);
      out[k] = random.nextDouble() < rate ? null : gen.next(random);
    }
  }

  /**
   * Fills field {@code j} of rows {@code [at, at + count)} of a columnar batch, whose seeds are
   * {@code rowSeeds[0, count)}; {@code seeds} is scratch space. Never-null object and int columns
   * are drawn a block at a time; the others cell by cell, unboxed.
   */
  private void fillColumn(
      RandomSource w,
      int j,
      Object array,
      boolean[] mask,
      long[] seeds,
      long[] rowSeeds,
      int at,
      int count) {
    RandomSource random = w;
    Generator gen = gens[j];
    Generator.Kind kind = gen.kind();
    long salt = salts[j];
    double rate = nullRates[j];
    if (rate == 0.0 && (kind == Generator.Kind.INT || kind == Generator.Kind.OBJECT)) {
      for (int k = 0; k < count; k++) {
        seeds[k] = rowSeeds[k] ^ salt;
      }
      if (kind == Generator.Kind.INT) {
        gen.fillInts(random, seeds, (int[]) array, at, count);
      } else {
        gen.fill(random, seeds, (Object[]) array, at, count);
      }
      return;
    }
    for (int k = 0; k < count; k++) {
      random.reseed(rowSeeds[k] ^ salt);
      int i = at + k;
      if (rate > 0.0 && random.nextDouble() < rate) {
        mask[i] = true;
        continue;
      }
      switch (kind) {
        case INT:
          ((int[]) array)[i] = gen.nextInt(random);
          break;
        case DOUBLE:
          ((double[]) array)[i] = gen.nextDouble(random);
          break;
        case BOOLEAN:
          ((boolean[]) array)[i] = gen.nextBoolean(random);
          break;
        default:
          ((Object[]) array)[i] = gen.next(random);
          break;
      }
    }
  }

  /**
   * Redraws one cell of a unique field for the {@code attempt}-th time; never null.
   *
   * @param w the worker
   * @param base the dataset seed
   * @param row the row index
   * @param j the field position
   * @param attempt 1, 2, ...
   * @return the new value
   */
  private Object redraw(RandomSource w, long base, long row, int j, int attempt) {
    w.reseed(Seeds.retry(Seeds.row(base, row) ^ salts[j], attempt));
    return gens[j].next(w);
  }

  private void dedupRows(RandomSource w, long base, long from, Object[][] rows) {
    for (int j = 0; j < fields.length; j++) {
      if (!fields[j].unique()) {
        continue;
      }
      Set<Object> seen = new HashSet<>(rows.length * 2);
      for (int i = 0; i < rows.length; i++) {
        if (rows[i][j] != null) {
          rows[i][j] = distinct(w, base, from + i, j, rows[i][j], seen);
        }
      }
    }
  }

  private void dedupColumns(
      RandomSource w, long base, long from, int n, Object[] arrays, boolean[][] nulls) {
    for (int j = 0; j < fields.length; j++) {
      if (!fields[j].unique()) {
        continue;
      }
      Set<Object> seen = new HashSet<>(n * 2);
      for (int i = 0; i < n; i++) {
        if (nulls[j] == null || !nulls[j][i]) {
          set(arrays[j], i, distinct(w, base, from + i, j, get(arrays[j], i), seen));
        }
      }
    }
  }

  /**
   * The uniqueness pass over one cell of a unique field: returns {@code value} if it is new, else
   * redraws the cell with its retry seeds until a new value comes; past the field's budget, takes
   * the first value not seen yet from a seeded point of a known domain, or fails for an unknown
   * one. Every unique output (rows, maps, columns, streams, writers) goes through here, row by row
   * in order, so they agree.
   */
  private Object distinct(
      RandomSource w, long base, long row, int j, Object value, Set<Object> seen) {
    int attempt = 0;
    while (!seen.add(value)) {
      attempt++;
      long domain = gens[j].domainSize();
      int budget = domain < 0 ? Math.max(retries[j], seen.size()) : retries[j];
      if (attempt > budget) {
        if (domain < 0 || seen.size() >= domain) {
          throw exhausted(j, budget, seen.size(), domain);
        }
        return unseen(w, base, row, j, seen, domain);
      }
      value = redraw(w, base, row, j, attempt);
    }
    return value;
  }

  /** The first value of the domain not in {@code seen}, from a seeded start, wrapping around. */
  private Object unseen(RandomSource w, long base, long row, int j, Set<Object> seen, long domain) {
    w.reseed(Seeds.retry(Seeds.row(base, row) ^ salts[j], 0));
    long start = Long.remainderUnsigned(w.nextLong(), domain);
    for (long k = 0; k < domain; k++) {
      Object candidate = gens[j].valueAt((start + k) % domain);
      if (seen.add(candidate)) {
        return candidate;
      }
    }
    throw exhausted(j, 0, seen.size(), domain);
  }

  /**
   * Makes row values unique in a sequential stream: replaces duplicates of unique fields.
   *
   * @param w the worker
   * @param base the dataset seed
   * @param row the row index
   * @param values the row's values, updated in place
   * @param seen one set per field, {@code null} for fields that are not unique
   */
  public void dedup(RandomSource w, long base, long row, Object[] values, List<Set<Object>> seen) {
    for (int j = 0; j < fields.length; j++) {
      Set<Object> set = seen.get(j);
      if (set != null && values[j] != null) {
        values[j] = distinct(w, base, row, j, values[j], set);
      }
    }
  }

  /**
   * Returns empty sets for the unique fields, {@code null} for the others.
   *
   * @return one entry per field
   */
  public List<Set<Object>> uniqueSets() {
    List<Set<Object>> sets = new ArrayList<>(fields.length);
    for (FieldSpec f : fields) {
      sets.add(f.unique() ? new HashSet<>() : null);
    }
    return sets;
  }

  private IllegalStateException exhausted(int j, int budget, int found, long domain) {
    String why =
        domain >= 0
            ? "; it can take only " + domain + " distinct values"
            : " after "
                + budget
                + " draws in a row were all duplicates; the provider does not seem to supply more"
                + " distinct values";
    return new IllegalStateException(
        "field '"
            + fields[j].name()
            + "' ("
            + fields[j].type()
            + ") is unique but stopped at "
            + found
            + " distinct values"
            + why);
  }

  private static Object get(Object array, int i) {
    if (array instanceof int[]) {
      return ((int[]) array)[i];
    }
    if (array instanceof double[]) {
      return ((double[]) array)[i];
    }
    if (array instanceof boolean[]) {
      return ((boolean[]) array)[i];
    }
    return ((Object[]) array)[i];
  }

  private static void set(Object array, int i, Object value) {
    if (array instanceof int[]) {
      ((int[]) array)[i] = (Integer) value;
    } else if (array instanceof double[]) {
      ((double[]) array)[i] = (Double) value;
    } else if (array instanceof boolean[]) {
      ((boolean[]) array)[i] = (Boolean) value;
    } else {
      ((Object[]) array)[i] = value;
    }
  }

  @Override
  public String toString() {
    return Arrays.toString(names);
  }
}
