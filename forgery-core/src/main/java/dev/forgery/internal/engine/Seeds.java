package dev.forgery.internal.engine;

import dev.forgery.internal.random.SplitMix64;

/**
 * How seeds flow from a dataset to a row to a cell.
 *
 * <p>Row {@code i} of a dataset with seed {@code base} is seeded with {@code mix64(base + i *
 * ROW_STRIDE)}; each cell of the row restarts the generator at {@code rowSeed ^ salt(fieldName)}.
 * So a row depends only on {@code (base, i)}, and a column only on its own field: adding, removing
 * or reordering other fields leaves it unchanged.
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
   * Returns the salt of a field or component name: a 64-bit FNV-1a hash of its characters, mixed.
   *
   * @param name the field name
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
   * @param attempt 1, 2, ...
   * @return the redraw seed
   */
  public static long retry(long cellSeed, int attempt) {
    return SplitMix64.mix64(cellSeed + attempt * ROW_STRIDE);
  }
}
