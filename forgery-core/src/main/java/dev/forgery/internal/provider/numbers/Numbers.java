package dev.forgery.internal.provider.numbers;

import dev.forgery.internal.random.RandomSource;

/** Uniform numbers and booleans; bounds are validated by the caller. */
public final class Numbers {
  private Numbers() {}

  /**
   * Returns a uniform int in {@code [min, max]}, both inclusive, without modulo bias.
   *
   * @param random consumes one value (rarely more, on rejection)
   * @param min lower bound, inclusive
   * @param max upper bound, inclusive, {@code >= min}
   * @return the value
   */
  public static int integer(RandomSource random, int min, int max) {
    return (int) (min + random.nextBounded((long) max - min + 1));
  }

  /**
   * Returns a uniform double in {@code [min, max)}.
   *
   * @param random consumes one value
   * @param min lower bound, inclusive, finite
   * @param max upper bound, exclusive, finite, {@code > min}
   * @return the value
   */
  public static double doubleValue(RandomSource random, double min, double max) {
    double u = random.nextDouble();
    double span = max - min;
    // Spans wider than Double.MAX_VALUE (e.g. -MAX..MAX) overflow; interpolate instead.
    double value = Double.isInfinite(span) ? u * max + (1 - u) * min : min + u * span;
    // Rounding can land exactly on max; the interval is half-open.
    return value < max ? value : Math.nextDown(max);
  }

  /**
   * Returns a fair boolean.
   *
   * @param random consumes one value
   * @return the value
   */
  public static boolean bool(RandomSource random) {
    return random.nextLong() < 0;
  }
}
