package dev.forgery.internal.registry;

import dev.forgery.internal.random.RandomSource;

/**
 * A provider bound to its arguments and locale: draws values from a {@link RandomSource} it is
 * handed, never from a faker. Immutable and shared by every thread.
 *
 * <p>Three ways to draw, which always agree: {@link #next} draws one value; {@link
 * #fill(RandomSource, long[], Object[], int, int)} draws a column of independently seeded cells,
 * cell {@code k} restarting the source at {@code seeds[k]} and drawing what {@code next} would.
 * Numeric and boolean generators also draw unboxed values for columnar batches, consuming exactly
 * the random values their boxed draw does.
 */
public abstract class Generator {
  /** How a generator's column is stored. */
  public enum Kind {
    /** One object per cell. */
    OBJECT,
    /** An {@code int[]}. */
    INT,
    /** A {@code double[]}. */
    DOUBLE,
    /** A {@code boolean[]}. */
    BOOLEAN
  }

  /** A draw of one value. */
  @FunctionalInterface
  public interface Single {
    /**
     * Draws one value.
     *
     * @param random the source to draw from
     * @return the value
     */
    Object next(RandomSource random);
  }

  /**
   * A draw of a column of independently seeded cells, see {@link Generator#fill}; with {@code seeds
   * == null} the cells continue the source's sequence instead, which is a batch.
   */
  @FunctionalInterface
  public interface Column {
    /**
     * Fills {@code out[at, at + count)}.
     *
     * @param random the source, restarted per cell
     * @param seeds one seed per cell, from index 0, or {@code null} to continue the sequence
     * @param out the destination
     * @param at where the first cell goes
     * @param count how many cells
     */
    void fill(RandomSource random, long[] seeds, Object[] out, int at, int count);
  }

  /**
   * Makes a generator of objects from a single draw and, optionally, a faster column draw.
   *
   * @param type the value class
   * @param single draws one value
   * @param column draws a column exactly as repeated reseeded singles would, or {@code null}
   * @return the generator
   */
  public static Generator of(Class<?> type, Single single, Column column) {
    return of(type, single, column, (Object[]) null);
  }

  /**
   * Makes a generator of the values of a table, every value equally likely, each drawn with one
   * value of the source (rarely one more).
   *
   * @param type the value class
   * @param values the table, shared and never modified
   * @return the generator, whose domain is the table
   */
  public static Generator uniform(Class<?> type, Object[] values) {
    return of(type, r -> values[(int) r.nextBounded(values.length)], null, values.clone());
  }

  /**
   * Makes a generator of objects drawn from a known, finite set of values, such as a table.
   *
   * @param type the value class
   * @param single draws one value
   * @param column draws a column exactly as repeated reseeded singles would, or {@code null}
   * @param domain every value the generator can give, or {@code null} if unknown
   * @return the generator
   */
  public static Generator of(Class<?> type, Single single, Column column, Object[] domain) {
    return of(type, single, column, domain == null ? null : () -> domain);
  }

  /**
   * Makes a generator of objects drawn from a known, finite set of values that is listed only when
   * first asked for: by a unique batch, or a check of a domain's size. Listing a table's distinct
   * values (41,000 ZIP rows into their cities, sorted) would otherwise cost every first binding.
   *
   * @param type the value class
   * @param single draws one value
   * @param column draws a column exactly as repeated reseeded singles would, or {@code null}
   * @param domain lists every value the generator can give, in a fixed order; called at most once
   *     per generator that needs it (twice if two threads race, with the same result), or {@code
   *     null} if unknown
   * @return the generator
   */
  public static Generator of(
      Class<?> type, Single single, Column column, java.util.function.Supplier<Object[]> domain) {
    return new Generator() {
      private volatile Object[] listed;

      private Object[] domain() {
        Object[] values = listed;
        return values != null ? values : (listed = domain.get());
      }

      @Override
      public long domainSize() {
        return domain == null ? -1 : domain().length;
      }

      @Override
      public Object valueAt(long index) {
        return domain == null ? super.valueAt(index) : domain()[(int) index];
      }

      @Override
      public Class<?> valueType() {
        return type;
      }

      @Override
      public Object next(RandomSource random) {
        return single.next(random);
      }

      @Override
      public void fill(RandomSource random, long[] seeds, Object[] out, int at, int count) {
        if (column == null) {
          super.fill(random, seeds, out, at, count);
        } else {
          column.fill(random, seeds, out, at, count);
        }
      }

      @Override
      public void batch(RandomSource random, Object[] out, int at, int count) {
        if (column == null) {
          super.batch(random, out, at, count);
        } else {
          column.fill(random, null, out, at, count);
        }
      }
    };
  }

  /**
   * Returns how this generator's column is stored.
   *
   * @return the kind
   */
  public Kind kind() {
    return Kind.OBJECT;
  }

  /**
   * Returns the class of the values, boxed for primitives.
   *
   * @return the value class
   */
  public abstract Class<?> valueType();

  /**
   * Draws one value.
   *
   * @param random the source to draw from
   * @return the value
   */
  public abstract Object next(RandomSource random);

  /**
   * Draws a column of cells: cell {@code k} restarts {@code random} at {@code seeds[k]} and draws
   * what {@link #next} would. Overridden where drawing a column at once is faster.
   *
   * @param random the source
   * @param seeds one seed per cell, from index 0
   * @param out the destination
   * @param at where the first cell goes
   * @param count how many cells
   */
  public void fill(RandomSource random, long[] seeds, Object[] out, int at, int count) {
    for (int k = 0; k < count; k++) {
      random.reseed(seeds[k]);
      out[at + k] = next(random);
    }
  }

  /**
   * Draws {@code count} values in sequence, exactly as that many calls of {@link #next} would: the
   * fast path of a batch. Overridden where drawing many values at once is faster.
   *
   * @param random the source, not reseeded
   * @param out the destination
   * @param at where the first value goes
   * @param count how many values
   */
  public void batch(RandomSource random, Object[] out, int at, int count) {
    for (int k = 0; k < count; k++) {
      out[at + k] = next(random);
    }
  }

  /**
   * Draws one int; only for {@link Kind#INT}.
   *
   * @param random the source
   * @return the value
   */
  public int nextInt(RandomSource random) {
    throw new UnsupportedOperationException(toString());
  }

  /**
   * Draws a column of ints, as {@link #fill} draws objects; only for {@link Kind#INT}.
   *
   * @param random the source
   * @param seeds one seed per cell, from index 0
   * @param out the destination
   * @param at where the first cell goes
   * @param count how many cells
   */
  public void fillInts(RandomSource random, long[] seeds, int[] out, int at, int count) {
    for (int k = 0; k < count; k++) {
      random.reseed(seeds[k]);
      out[at + k] = nextInt(random);
    }
  }

  /**
   * Draws one double; only for {@link Kind#DOUBLE}.
   *
   * @param random the source
   * @return the value
   */
  public double nextDouble(RandomSource random) {
    throw new UnsupportedOperationException(toString());
  }

  /**
   * Draws one boolean; only for {@link Kind#BOOLEAN}.
   *
   * @param random the source
   * @return the value
   */
  public boolean nextBoolean(RandomSource random) {
    throw new UnsupportedOperationException(toString());
  }

  /**
   * Returns how many digits after the decimal point this generator's values are written with, or
   * {@code -1} if they have no fixed number: a {@code float} field of 2 decimals is written {@code
   * 0.50}, not {@code 0.5}, by the CSV and JSON Lines writers.
   *
   * @return the digits after the point, or {@code -1}
   */
  public int scale() {
    return -1;
  }

  /**
   * Returns how many distinct values this generator can produce, or {@code -1} if unknown or too
   * many to count.
   *
   * @return the domain size or {@code -1}
   */
  public long domainSize() {
    return -1;
  }

  /**
   * Returns value {@code index} of this generator's domain, in a fixed order: how a unique batch
   * finds the values that redrawing did not reach. Available when {@link #domainSize()} is known.
   *
   * @param index in {@code [0, domainSize())}
   * @return the value
   * @throws UnsupportedOperationException if the domain is unknown
   */
  public Object valueAt(long index) {
    throw new UnsupportedOperationException(this + " has no enumerable domain");
  }
}
