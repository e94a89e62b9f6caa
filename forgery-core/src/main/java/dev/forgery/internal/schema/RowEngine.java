package dev.forgery.internal.schema;

import dev.forgery.Faker;
import dev.forgery.internal.random.RandomSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * A schema compiled into arrays: per row, one reseed and one virtual call per field, no lookups by
 * name and no allocation beyond the values themselves.
 *
 * <p>Immutable and shared; all mutable state lives in the {@link Worker} each thread brings.
 */
public final class RowEngine {
  /** Redraws allowed per cell of a unique field of unknown domain before giving up. */
  static final int MAX_RETRIES = 1_000;

  private static final int MIN_CHUNK = 2_048;

  /** Rows filled column by column at a time: their arrays stay in L2 while each column runs. */
  private static final int BLOCK = 1_024;

  private final FieldSpec[] fields;
  private final FieldGen[] gens;
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
    gens = new FieldGen[n];
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
      // d-value domain takes about d draws, so the budget grows with d.
      long domain = f.gen().domainSize();
      retries[j] = (int) Math.max(MAX_RETRIES, Math.min(1L << 24, domain < 0 ? 0 : 20 * domain));
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
   * Fills {@code out} with the values of row {@code row}.
   *
   * @param w the calling thread's worker
   * @param base the dataset seed
   * @param row the row index
   * @param out one slot per field
   */
  public void fill(Worker w, long base, long row, Object[] out) {
    long rowSeed = Seeds.row(base, row);
    RandomSource random = w.random();
    Faker faker = w.faker();
    for (int j = 0; j < gens.length; j++) {
      random.reseed(rowSeed ^ salts[j]);
      double rate = nullRates[j];
      out[j] = rate > 0.0 && random.nextDouble() < rate ? null : gens[j].next(faker, random);
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
  public Object[][] rows(Supplier<Worker> workers, long base, long from, int n, boolean parallel) {
    Object[][] rows = new Object[n][];
    int width = gens.length;
    forChunks(
        n,
        parallel,
        (start, end) -> {
          Worker w = workers.get();
          for (int i = start; i < end; i++) {
            rows[i] = new Object[width];
          }
          Object[] cells = new Object[Math.min(BLOCK, end - start)];
          long[] seeds = new long[cells.length];
          long[] rowSeeds = new long[cells.length];
          // Column by column within a chunk: each provider's tables stay in cache for the whole
          // chunk (the 88,799-surname table alone is ~1 MB); twice as fast as row by row on the
          // 5-field benchmark schema in an ad-hoc run. Cells are independently seeded, so the
          // order of filling does not change a value.
          for (int block = start; block < end; block += BLOCK) {
            int blockEnd = Math.min(end, block + BLOCK);
            rowSeeds(base, from, block, blockEnd, rowSeeds);
            for (int j = 0; j < width; j++) {
              fillCells(w, j, rows, cells, seeds, rowSeeds, block, blockEnd);
            }
          }
        });
    if (hasUnique) {
      dedupRows(workers.get(), base, from, rows);
    }
    return rows;
  }

  /**
   * Wraps rows into this schema's maps, in parallel if asked: in a parallel batch a sequential
   * wrapping loop would be the part that does not scale.
   *
   * @param rows rows from {@link #rows}
   * @param parallel whether to use the common fork-join pool
   * @return one map per row, in order
   */
  public RowMap[] maps(Object[][] rows, boolean parallel) {
    RowMap[] maps = new RowMap[rows.length];
    forChunks(
        rows.length,
        parallel,
        (start, end) -> {
          for (int i = start; i < end; i++) {
            maps[i] = new RowMap(keys, rows[i]);
          }
        });
    return maps;
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
  public Columns columns(Supplier<Worker> workers, long base, long from, int n, boolean parallel) {
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
    forChunks(
        n,
        parallel,
        (start, end) -> {
          Worker w = workers.get();
          long[] rowSeeds = rowSeeds(base, from, start, end, new long[end - start]);
          for (int j = 0; j < width; j++) {
            fillColumn(w, j, arrays[j], nulls[j], rowSeeds, start, end);
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
   * Computes the seeds of rows {@code [start, end)} once for all their fields: {@code out[i -
   * start]} is the seed of row {@code from + i}.
   */
  private static long[] rowSeeds(long base, long from, int start, int end, long[] out) {
    for (int i = start; i < end; i++) {
      out[i - start] = Seeds.row(base, from + i);
    }
    return out;
  }

  /**
   * Fills field {@code j} of rows {@code [start, end)}, at most {@code cells.length} of them;
   * {@code rowSeeds[i - start]} is row {@code i}'s seed; {@code cells} and {@code seeds} are
   * scratch space.
   */
  private void fillCells(
      Worker w,
      int j,
      Object[][] rows,
      Object[] cells,
      long[] seeds,
      long[] rowSeeds,
      int start,
      int end) {
    double rate = nullRates[j];
    if (rate == 0.0) {
      fillObjects(w, j, cells, seeds, rowSeeds, start, end, start);
      for (int i = start; i < end; i++) {
        rows[i][j] = cells[i - start];
      }
      return;
    }
    RandomSource random = w.random();
    Faker faker = w.faker();
    FieldGen gen = gens[j];
    long salt = salts[j];
    for (int i = start; i < end; i++) {
      random.reseed(rowSeeds[i - start] ^ salt);
      rows[i][j] = random.nextDouble() < rate ? null : gen.next(faker, random);
    }
  }

  // One loop per column kind keeps the primitive draws monomorphic and unboxed.
  private void fillColumn(
      Worker w, int j, Object array, boolean[] mask, long[] rowSeeds, int start, int end) {
    RandomSource random = w.random();
    Faker faker = w.faker();
    FieldGen gen = gens[j];
    long salt = salts[j];
    double rate = nullRates[j];
    switch (gen.kind()) {
      case INT:
        {
          int[] out = (int[]) array;
          for (int i = start; i < end; i++) {
            random.reseed(rowSeeds[i - start] ^ salt);
            if (rate > 0.0 && random.nextDouble() < rate) {
              mask[i] = true;
            } else {
              out[i] = gen.nextInt(random);
            }
          }
          break;
        }
      case DOUBLE:
        {
          double[] out = (double[]) array;
          for (int i = start; i < end; i++) {
            random.reseed(rowSeeds[i - start] ^ salt);
            if (rate > 0.0 && random.nextDouble() < rate) {
              mask[i] = true;
            } else {
              out[i] = gen.nextDouble(random);
            }
          }
          break;
        }
      case BOOLEAN:
        {
          boolean[] out = (boolean[]) array;
          for (int i = start; i < end; i++) {
            random.reseed(rowSeeds[i - start] ^ salt);
            if (rate > 0.0 && random.nextDouble() < rate) {
              mask[i] = true;
            } else {
              out[i] = gen.nextBoolean(random);
            }
          }
          break;
        }
      default:
        {
          Object[] out = (Object[]) array;
          if (rate == 0.0) {
            fillObjects(w, j, out, new long[BLOCK], rowSeeds, start, end, 0);
            break;
          }
          for (int i = start; i < end; i++) {
            random.reseed(rowSeeds[i - start] ^ salt);
            if (random.nextDouble() < rate) {
              mask[i] = true;
            } else {
              out[i] = gen.next(faker, random);
            }
          }
          break;
        }
    }
  }

  /**
   * Fills never-null object cells of field {@code j} for rows {@code [start, end)} through {@link
   * FieldGen#fill}, {@code seeds.length} at a time; {@code rowSeeds[i - start]} is row {@code i}'s
   * seed, and its cell lands in {@code out[i - shift]}.
   */
  private void fillObjects(
      Worker w, int j, Object[] out, long[] seeds, long[] rowSeeds, int start, int end, int shift) {
    for (int block = start; block < end; block += seeds.length) {
      int count = Math.min(seeds.length, end - block);
      for (int k = 0; k < count; k++) {
        seeds[k] = rowSeeds[block - start + k] ^ salts[j];
      }
      gens[j].fill(w.faker(), w.random(), seeds, out, block - shift, count);
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
  private Object redraw(Worker w, long base, long row, int j, int attempt) {
    w.random().reseed(Seeds.retry(Seeds.row(base, row) ^ salts[j], attempt));
    return gens[j].next(w.faker(), w.random());
  }

  private void dedupRows(Worker w, long base, long from, Object[][] rows) {
    for (int j = 0; j < fields.length; j++) {
      if (!fields[j].unique()) {
        continue;
      }
      Set<Object> seen = new HashSet<>(rows.length * 2);
      for (int i = 0; i < rows.length; i++) {
        Object value = rows[i][j];
        if (value == null) {
          continue;
        }
        int attempt = 0;
        while (!seen.add(value)) {
          value = redraw(w, base, from + i, j, ++attempt);
          checkAttempts(j, attempt, seen.size());
        }
        rows[i][j] = value;
      }
    }
  }

  private void dedupColumns(
      Worker w, long base, long from, int n, Object[] arrays, boolean[][] nulls) {
    for (int j = 0; j < fields.length; j++) {
      if (!fields[j].unique()) {
        continue;
      }
      Set<Object> seen = new HashSet<>(n * 2);
      for (int i = 0; i < n; i++) {
        if (nulls[j] != null && nulls[j][i]) {
          continue;
        }
        Object value = get(arrays[j], i);
        int attempt = 0;
        while (!seen.add(value)) {
          value = redraw(w, base, from + i, j, ++attempt);
          checkAttempts(j, attempt, seen.size());
        }
        set(arrays[j], i, value);
      }
    }
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
  public void dedup(Worker w, long base, long row, Object[] values, List<Set<Object>> seen) {
    for (int j = 0; j < fields.length; j++) {
      Set<Object> set = seen.get(j);
      if (set == null || values[j] == null) {
        continue;
      }
      Object value = values[j];
      int attempt = 0;
      while (!set.add(value)) {
        value = redraw(w, base, row, j, ++attempt);
        checkAttempts(j, attempt, set.size());
      }
      values[j] = value;
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

  private void checkAttempts(int j, int attempt, int found) {
    if (attempt >= retries[j]) {
      throw new IllegalStateException(
          "field '"
              + fields[j].name()
              + "' ("
              + fields[j].type()
              + ") is unique but after "
              + found
              + " distinct values "
              + retries[j]
              + " draws in a row were all duplicates; its type cannot supply that many distinct"
              + " values");
    }
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

  /** Work on rows {@code [start, end)} of a batch. */
  @FunctionalInterface
  interface Chunk {
    void run(int start, int end);
  }

  /**
   * Runs {@code chunk} over {@code [0, n)}: in one piece, or in pieces on the common pool. Rows do
   * not depend on each other, so the split never changes a value.
   */
  static void forChunks(int n, boolean parallel, Chunk chunk) {
    if (!parallel || n < 2 * MIN_CHUNK) {
      chunk.run(0, n);
      return;
    }
    // Split even on one core, so the chunked path is the same code everywhere.
    int threads = Runtime.getRuntime().availableProcessors();
    int pieces = Math.max(2, Math.min(threads * 4, n / MIN_CHUNK));
    int size = (n + pieces - 1) / pieces;
    IntStream.range(0, pieces)
        .parallel()
        .forEach(p -> chunk.run(Math.min(n, p * size), Math.min(n, (p + 1) * size)));
  }

  @Override
  public String toString() {
    return Arrays.toString(names);
  }
}
