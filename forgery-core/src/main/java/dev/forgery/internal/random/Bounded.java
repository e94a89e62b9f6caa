package dev.forgery.internal.random;

/**
 * A range {@code [0, bound)} drawn exactly as {@link RandomSource#nextBounded(long)} draws it, with
 * the rejection threshold of Lemire's method computed once instead of on every rejected draw.
 *
 * <p>{@code nextBounded} keeps a draw whose low product bits are at least {@code (2^32 - bound) %
 * bound}; it computes that remainder, a 64-bit division, only after a first test that is cheaper
 * but needs a branch of its own. A provider that draws the same range many times (a VIN's
 * descriptor, a password's length, the characters of a pattern) holds the threshold instead: one
 * multiplication, one comparison that almost never fails, and the same values and number of draws.
 */
public final class Bounded {
  private final long bound;
  private final long threshold;

  /**
   * Creates the range.
   *
   * @param bound the number of values, {@code 0 < bound <= 2^32}
   */
  public Bounded(long bound) {
    if (bound <= 0 || bound > 0x1_0000_0000L) {
      throw new IllegalArgumentException("bound must be between 1 and 2^32, got " + bound);
    }
    this.bound = bound;
    this.threshold = threshold(bound);
  }

  /**
   * The low product bits below which Lemire's method rejects a draw: {@code (2^32 - bound) %
   * bound}, zero for a bound of {@code 2^32} (nothing is rejected) and for powers of two.
   *
   * @param bound the number of values, {@code 0 < bound <= 2^32}
   * @return the threshold, below {@code bound}
   */
  public static long threshold(long bound) {
    return (0x1_0000_0000L - bound) % bound;
  }

  /**
   * Draws a value, the one {@code random.nextBounded(bound)} would give.
   *
   * @param random consumes one value, rarely more
   * @return a uniform value in {@code [0, bound)}
   */
  public long draw(RandomSource random) {
    return draw(random, bound, threshold);
  }

  /**
   * Returns Lemire's threshold of this range, {@link #threshold(long) threshold(bound)}.
   *
   * @return the threshold
   */
  public long threshold() {
    return threshold;
  }

  /**
   * Maps one drawn value as {@link #draw(RandomSource)} maps its first draw.
   *
   * @param bits the 64 random bits of the draw
   * @return the value in {@code [0, bound)}, or {@code -1} if Lemire's method rejects the draw
   */
  public long map(long bits) {
    return map(bits, bound, threshold);
  }

  /**
   * Maps one drawn value as {@link #draw(RandomSource, long, long)} maps its first draw.
   *
   * @param bits the 64 random bits of the draw
   * @param bound the number of values, {@code 0 < bound <= 2^32}
   * @param threshold {@link #threshold(long) threshold(bound)}
   * @return the value in {@code [0, bound)}, or {@code -1} if Lemire's method rejects the draw
   */
  public static long map(long bits, long bound, long threshold) {
    long product = (bits >>> 32) * bound;
    return (product & 0xFFFF_FFFFL) < threshold ? -1 : product >>> 32;
  }

  /**
   * Draws a value in {@code [0, bound)}, the one {@code random.nextBounded(bound)} would give, for
   * a caller that holds the threshold itself (one per bound of a family of ranges).
   *
   * @param random consumes one value, rarely more
   * @param bound the number of values, {@code 0 < bound <= 2^32}
   * @param threshold {@link #threshold(long) threshold(bound)}
   * @return a uniform value in {@code [0, bound)}
   */
  public static long draw(RandomSource random, long bound, long threshold) {
    long product = (random.nextLong() >>> 32) * bound;
    while ((product & 0xFFFF_FFFFL) < threshold) {
      product = (random.nextLong() >>> 32) * bound;
    }
    return product >>> 32;
  }
}
