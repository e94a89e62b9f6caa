package dev.forgery.internal.random;

/**
 * All of forgery's seed arithmetic, in one place: how seeds flow from a test run to a test, from a
 * dataset to a row, and from a row to a cell.
 *
 * <ul>
 *   <li>A test's seed is {@link #derive(long, String) derive(runSeed, testKey)}: the run seed and a
 *       stable name of the test, mixed, so that a test's data does not depend on which other tests
 *       run or in what order.
 *   <li>Row {@code i} of a dataset with seed {@code base} is seeded with {@code mix64(base + i *
 *       ROW_STRIDE)}; each cell of the row restarts the generator at {@code rowSeed ^
 *       salt(fieldName)}. So a row depends only on {@code (base, i)}, and a column only on its own
 *       field: adding, removing or reordering other fields leaves it unchanged.
 * </ul>
 *
 * <p>Names are hashed with 64-bit FNV-1a over their characters, then mixed: never {@link
 * String#hashCode()}, whose quality is poor, and never anything that depends on the JVM.
 */
public final class Seeds {
  /** An odd constant (from Pelle Evensen's moremur) so that rows never share a counter. */
  public static final long ROW_STRIDE = 0xD1B5_4A32_D192_ED03L;

  private Seeds() {}

  /**
   * Returns the seed of row {@code row} of the dataset {@code base}.
   *
   * @param base the dataset seed
   * @param row the row index, {@code >= 0}
   * @return the row seed
   */
  public static long row(long base, long row) {
    return SplitMix64.mix64(base + row * ROW_STRIDE);
  }

  /**
   * Fills {@code out[0, count)} with the seeds of rows {@code [first, first + count)} of the
   * dataset {@code base}: {@code out[k]} is {@link #row(long, long) row(base, first + k)}.
   *
   * <p>Two straight loops rather than one: the counters by addition, then their mixes. The JIT
   * turns the second into vector instructions where the processor has them, which it does not do
   * for a loop whose values are computed from its index: 0.5 against 1.4 ns per row on an AVX-512
   * machine (JDK 17).
   *
   * @param base the dataset seed
   * @param first the first row index, {@code >= 0}
   * @param count how many rows, at most {@code out.length}
   * @param out the seeds' destination
   */
  public static void rows(long base, long first, int count, long[] out) {
    long counter = base + first * ROW_STRIDE;
    for (int k = 0; k < count; k++) {
      out[k] = counter;
      counter += ROW_STRIDE;
    }
    SplitMix64.mixInPlace(out, count);
  }

  /**
   * Returns the salt of a name (a field, a component, a test): a 64-bit FNV-1a hash of its
   * characters, mixed.
   *
   * @param name the name
   * @return the salt
   */
  public static long salt(String name) {
    long h = 0xCBF2_9CE4_8422_2325L;
    for (int i = 0; i < name.length(); i++) {
      h ^= name.charAt(i);
      h *= 0x0000_0100_0000_01B3L;
    }
    return SplitMix64.mix64(h);
  }

  /**
   * Returns the seed of the {@code attempt}-th redraw of a cell, used to replace duplicates of a
   * unique field.
   *
   * @param cellSeed the cell's first seed
   * @param attempt 1, 2, ...; 0 seeds the pick among a domain's values not drawn yet
   * @return the redraw seed
   */
  public static long retry(long cellSeed, int attempt) {
    return SplitMix64.mix64(cellSeed + attempt * ROW_STRIDE);
  }

  /**
   * Returns the seed of something named {@code key} under {@code seed}: a test under its run seed,
   * an injected value under its test's seed.
   *
   * @param seed the parent seed
   * @param key a stable name, such as a test's unique id
   * @return the derived seed
   */
  public static long derive(long seed, String key) {
    return SplitMix64.mix64(SplitMix64.mix64(seed) ^ salt(key));
  }
}
