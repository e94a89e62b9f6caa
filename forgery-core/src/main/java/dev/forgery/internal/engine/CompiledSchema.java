package dev.forgery.internal.engine;

import dev.forgery.internal.random.RandomSource;
import dev.forgery.internal.random.Seeds;
import dev.forgery.internal.random.SplitMix64;
import dev.forgery.internal.registry.Generator;
import java.util.Arrays;
import java.util.List;

/**
 * A schema compiled into arrays: per field its generator, the salt of its name, its null rate and
 * whether it is unique, plus the field names and the keys shared by every row map. It says what a
 * cell is: drawn one at a time ({@link #fill}, the plainest statement of a row, against which the
 * block paths are tested), or one field's cells of a block in one call ({@link #fillCells}, {@link
 * #fillColumn}), with no lookups by name.
 *
 * <p>This is the one description of a row that every output works from. Deciding which thread fills
 * which rows ({@link Blocks}), what the rows become (the sinks) and how duplicates are replaced
 * ({@link Uniqueness}) live elsewhere, so that a schema and a Java record type compile to the same
 * thing and go through the same block paths.
 *
 * <p>A cell restarts its field's generator at the cell seed {@code rowSeed ^ salt(fieldName)}; a
 * Java record's schema mixes it once more, {@code mix64(rowSeed ^ salt(componentName))}, which is
 * how records have always been seeded. A field whose generator is a {@link Component} (a nested
 * record, a collection) is made from its cell seed instead of drawn from a restarted source.
 *
 * <p>Immutable and shared; all mutable state lives in the {@link RandomSource} each thread brings
 * and in the scratch space of its blocks.
 */
public final class CompiledSchema {
  private final FieldSpec[] fields;
  private final Generator[] gens;
  private final long[] salts;
  private final double[] nullRates;
  private final RowMap.Keys keys;
  private final String[] names;
  private final boolean hasUnique;

  /**
   * Whether cell seeds are mixed: {@code mix64(rowSeed ^ salt)} rather than {@code rowSeed ^ salt}.
   */
  private final boolean mixed;

  /** Per field, whether its generator is a {@link Component}, made from its cell seed. */
  private final boolean[] fromSeed;

  /**
   * Compiles validated fields.
   *
   * @param fields the fields in order, with distinct names
   */
  public CompiledSchema(List<FieldSpec> fields) {
    this(fields, false);
  }

  /**
   * Compiles validated fields, with plain or mixed cell seeds.
   *
   * @param fields the fields in order, with distinct names
   * @param mixed whether a cell's seed is {@code mix64(rowSeed ^ salt)}, as for Java records
   * @throws IllegalArgumentException if a field made from its cell seed is nullable
   */
  CompiledSchema(List<FieldSpec> fields, boolean mixed) {
    this.mixed = mixed;
    this.fields = fields.toArray(new FieldSpec[0]);
    int n = this.fields.length;
    gens = new Generator[n];
    salts = new long[n];
    nullRates = new double[n];
    names = new String[n];
    fromSeed = new boolean[n];
    boolean unique = false;
    for (int j = 0; j < n; j++) {
      FieldSpec f = this.fields[j];
      gens[j] = f.gen();
      salts[j] = f.salt();
      nullRates[j] = f.nullRate();
      names[j] = f.name();
      unique |= f.unique();
      fromSeed[j] = f.gen() instanceof Component;
      if (fromSeed[j] && f.nullRate() > 0.0) {
        throw new IllegalArgumentException("field '" + f.name() + "' cannot be null");
      }
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

  /** The number of fields. */
  int width() {
    return fields.length;
  }

  /** Field {@code j}. */
  FieldSpec field(int j) {
    return fields[j];
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
   * Returns the first seed of field {@code j}'s cell in the row seeded {@code rowSeed}.
   *
   * @param rowSeed the row's seed
   * @param j the field position
   * @return the cell seed
   */
  long cellSeed(long rowSeed, int j) {
    return mixed ? SplitMix64.mix64(rowSeed ^ salts[j]) : rowSeed ^ salts[j];
  }

  /**
   * Computes the cell seeds of field {@code j} for a block of rows: {@code out[k]} is the seed of
   * the cell in the row seeded {@code rowSeeds[k]}.
   */
  private void cellSeeds(int j, long[] rowSeeds, int count, long[] out) {
    long salt = salts[j];
    if (mixed) {
      for (int k = 0; k < count; k++) {
        out[k] = SplitMix64.mix64(rowSeeds[k] ^ salt);
      }
    } else {
      for (int k = 0; k < count; k++) {
        out[k] = rowSeeds[k] ^ salt;
      }
    }
  }

  /**
   * Fills {@code out} with the values of row {@code row}, cell by cell: the plainest statement of
   * what a row is, against which the block paths (the sinks) are tested. A failing cell is reported
   * as the block paths report it ({@code "row 7, field 'x': ..."}).
   *
   * @param w the calling thread's worker
   * @param base the dataset seed
   * @param row the row index
   * @param out one slot per field
   */
  public void fill(RandomSource w, long base, long row, Object[] out) {
    long rowSeed = Seeds.row(base, row);
    for (int j = 0; j < gens.length; j++) {
      try {
        out[j] = cell(w, j, cellSeed(rowSeed, j));
      } catch (RuntimeException e) {
        throw failed(w, j, new long[] {rowSeed}, 1, row, e);
      }
    }
  }

  /** Draws field {@code j}'s cell seeded {@code seed}, null with the field's rate. */
  private Object cell(RandomSource w, int j, long seed) {
    if (fromSeed[j]) {
      return ((Component) gens[j]).make(seed, w);
    }
    w.reseed(seed);
    double rate = nullRates[j];
    return rate > 0.0 && w.nextDouble() < rate ? null : gens[j].next(w);
  }

  /**
   * Returns the failure of field {@code j} while drawing a block of rows, naming the row and the
   * field: {@code "row 2999, field 'x': <the cause's message>"}, with the cause kept.
   *
   * <p>A block's cells are drawn in one call to the field's generator, which does not say which
   * cell failed; a cell depends only on its seed, so the block is drawn again cell by cell and the
   * first cell that fails again is the row. A provider that does not fail again (one that counts
   * its calls, say, and so depends on more than the faker it is given) is reported with the block's
   * rows instead: {@code "rows 2048 to 3071, field 'x': ..."}.
   *
   * @param w the thread's worker
   * @param j the field position
   * @param rowSeeds the block's row seeds
   * @param count how many rows the block holds
   * @param first the index of the block's first row in the dataset
   * @param cause what the field's generator threw
   * @return the exception to throw
   */
  IllegalStateException failed(
      RandomSource w, int j, long[] rowSeeds, int count, long first, RuntimeException cause) {
    String rows = count == 1 ? "row " + first : "rows " + first + " to " + (first + count - 1);
    for (int k = 0; k < count; k++) {
      try {
        cell(w, j, cellSeed(rowSeeds[k], j));
      } catch (RuntimeException again) {
        rows = "row " + (first + k);
        break;
      }
    }
    String why = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getName();
    return new IllegalStateException(rows + ", field '" + names[j] + "': " + why, cause);
  }

  /**
   * Returns per field the digits after the decimal point its values are written with, or {@code -1}
   * if it has no fixed number ({@link Generator#scale}).
   *
   * @return a new array, one entry per field
   */
  int[] scales() {
    int[] scales = new int[gens.length];
    for (int j = 0; j < gens.length; j++) {
      scales[j] = gens[j].scale();
    }
    return scales;
  }

  /**
   * Draws field {@code j} at {@code seed}, never null: how a unique field's cell is drawn again.
   *
   * @param w the worker
   * @param j the field position
   * @param seed the seed to restart at
   * @return the value
   */
  Object draw(RandomSource w, int j, long seed) {
    return Component.at(gens[j], seed, w);
  }

  /**
   * Returns value {@code index} of field {@code j}'s known domain.
   *
   * @param j the field position
   * @param index in {@code [0, domainSize)}
   * @return the value
   */
  Object valueAt(int j, long index) {
    return gens[j].valueAt(index);
  }

  /**
   * Returns the size of field {@code j}'s domain, or {@code -1} if unknown.
   *
   * @param j the field position
   * @return the domain size
   */
  long domainSize(int j) {
    return gens[j].domainSize();
  }

  /**
   * Returns how field {@code j}'s column is stored.
   *
   * @param j the field position
   * @return the kind
   */
  Generator.Kind kind(int j) {
    return gens[j].kind();
  }

  /**
   * Returns whether field {@code j} may be null.
   *
   * @param j the field position
   * @return {@code true} if its null rate is positive
   */
  boolean nullable(int j) {
    return nullRates[j] > 0.0;
  }

  /**
   * Fills {@code out[0, count)} with field {@code j} of a block of rows whose seeds are {@code
   * rowSeeds[0, count)}; {@code seeds} is scratch space. A never-null field is drawn in one call to
   * its generator; a nullable one cell by cell.
   *
   * @param w the thread's worker
   * @param j the field position
   * @param out the field's cells of the block
   * @param seeds scratch space, as long as {@code rowSeeds}
   * @param rowSeeds the rows' seeds
   * @param count how many rows
   */
  void fillCells(RandomSource w, int j, Object[] out, long[] seeds, long[] rowSeeds, int count) {
    cellSeeds(j, rowSeeds, count, seeds);
    double rate = nullRates[j];
    if (rate == 0.0) {
      gens[j].fill(w, seeds, out, 0, count);
      return;
    }
    RandomSource random = w;
    Generator gen = gens[j];
    for (int k = 0; k < count; k++) {
      random.reseed(seeds[k]);
      out[k] = random.nextDouble() < rate ? null : gen.next(random);
    }
  }

  /**
   * Fills field {@code j} of rows {@code [at, at + count)} of a columnar batch, whose seeds are
   * {@code rowSeeds[0, count)}; {@code seeds} is scratch space. Never-null object and int columns
   * are drawn a block at a time; the others cell by cell, unboxed.
   *
   * @param w the thread's worker
   * @param j the field position
   * @param array the field's column: {@code int[]}, {@code double[]}, {@code boolean[]} or {@code
   *     Object[]} as {@link #kind} says
   * @param mask the field's null mask, or {@code null} if it is never null
   * @param seeds scratch space, as long as {@code rowSeeds}
   * @param rowSeeds the rows' seeds
   * @param at the first row, an index into the column
   * @param count how many rows
   */
  void fillColumn(
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
    cellSeeds(j, rowSeeds, count, seeds);
    double rate = nullRates[j];
    if (rate == 0.0 && (kind == Generator.Kind.INT || kind == Generator.Kind.OBJECT)) {
      if (kind == Generator.Kind.INT) {
        gen.fillInts(random, seeds, (int[]) array, at, count);
      } else {
        gen.fill(random, seeds, (Object[]) array, at, count);
      }
      return;
    }
    for (int k = 0; k < count; k++) {
      random.reseed(seeds[k]);
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

  @Override
  public String toString() {
    return Arrays.toString(names);
  }
}
