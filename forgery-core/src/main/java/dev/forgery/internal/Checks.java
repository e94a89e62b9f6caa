package dev.forgery.internal;

/** Argument checks whose messages name the argument, the bad value and what would be valid. */
public final class Checks {
  private Checks() {}

  /**
   * The most values a batch holds: the largest array the JVMs forgery runs on make ({@code
   * Integer.MAX_VALUE - 8}); a request for more could only end in an {@code OutOfMemoryError}.
   */
  public static final int MAX_COUNT = Integer.MAX_VALUE - 8;

  /**
   * Checks a batch size.
   *
   * @param n the requested number of values
   * @return {@code n}
   * @throws IllegalArgumentException if {@code n < 0} or {@code n > MAX_COUNT}
   */
  public static int count(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must be >= 0, got " + n);
    }
    if (n > MAX_COUNT) {
      throw new IllegalArgumentException(
          "n must be at most "
              + MAX_COUNT
              + ", the most values one list or array holds, got "
              + n
              + "; stream the values (faker.stream(schema)) or write them (faker.writeCsv) for"
              + " more");
    }
    return n;
  }

  /**
   * Checks inclusive int bounds.
   *
   * @param min the lower bound
   * @param max the upper bound
   * @throws IllegalArgumentException if {@code min > max}
   */
  public static void range(int min, int max) {
    if (min > max) {
      throw new IllegalArgumentException("min must be <= max, got min=" + min + " and max=" + max);
    }
  }

  /**
   * Checks half-open double bounds.
   *
   * @param min the lower bound, inclusive
   * @param max the upper bound, exclusive
   * @throws IllegalArgumentException if either is NaN or infinite, or {@code min >= max}
   */
  public static void range(double min, double max) {
    if (!Double.isFinite(min)) {
      throw new IllegalArgumentException("min must be a finite number, got " + min);
    }
    if (!Double.isFinite(max)) {
      throw new IllegalArgumentException("max must be a finite number, got " + max);
    }
    if (!(min < max)) {
      throw new IllegalArgumentException(
          "min must be < max (the range is [min, max)), got min=" + min + " and max=" + max);
    }
  }
}
