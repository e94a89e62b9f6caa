package dev.forgery.internal.schema;

import dev.forgery.Faker;
import dev.forgery.internal.random.RandomSource;

/**
 * One compiled field: draws a cell's value from a generator that was just reseeded for that cell.
 *
 * <p>Numeric and boolean fields also draw unboxed values for columnar batches; {@link #next}
 * consumes exactly the same random values as the primitive draw, so rows and columns agree.
 */
public abstract class FieldGen {
  /** How a field's column is stored. */
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

  /**
   * Returns how this field's column is stored.
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
   * @param faker the worker's faker, for providers
   * @param random the worker's generator, reseeded for this cell
   * @return the value
   */
  public abstract Object next(Faker faker, RandomSource random);

  /**
   * Draws a column of cells: cell {@code k} restarts {@code random} at {@code seeds[k]} and draws
   * what {@link #next} would. Overridden where drawing a column at once is faster.
   *
   * @param faker the worker's faker, for providers
   * @param random the worker's generator
   * @param seeds one seed per cell, from index 0
   * @param out the destination
   * @param at where the first cell goes
   * @param count how many cells
   */
  public void fill(
      Faker faker, RandomSource random, long[] seeds, Object[] out, int at, int count) {
    for (int k = 0; k < count; k++) {
      random.reseed(seeds[k]);
      out[at + k] = next(faker, random);
    }
  }

  /**
   * Draws one int; only for {@link Kind#INT}.
   *
   * @param random the generator
   * @return the value
   */
  public int nextInt(RandomSource random) {
    throw new UnsupportedOperationException(toString());
  }

  /**
   * Draws a column of ints, as {@link #fill} draws objects: cell {@code k} restarts {@code random}
   * at {@code seeds[k]} and draws what {@link #nextInt} would; only for {@link Kind#INT}.
   *
   * @param random the worker's generator
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
   * @param random the generator
   * @return the value
   */
  public double nextDouble(RandomSource random) {
    throw new UnsupportedOperationException(toString());
  }

  /**
   * Draws one boolean; only for {@link Kind#BOOLEAN}.
   *
   * @param random the generator
   * @return the value
   */
  public boolean nextBoolean(RandomSource random) {
    throw new UnsupportedOperationException(toString());
  }

  /**
   * Returns how many distinct values this field can produce, or {@code -1} if unknown or huge.
   *
   * @return the domain size or {@code -1}
   */
  public long domainSize() {
    return -1;
  }
}
