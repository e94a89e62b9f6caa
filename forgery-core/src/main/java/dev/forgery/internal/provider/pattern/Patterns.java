package dev.forgery.internal.provider.pattern;

import dev.forgery.internal.random.RandomSource;

/**
 * Fills patterns: {@code #} becomes a digit {@code 0-9}, {@code ?} a lower-case letter {@code a-z}
 * (only the placeholders the method names; every other character is kept). Each placeholder
 * consumes one random value, so a pattern's draws depend only on its placeholders.
 */
public final class Patterns {
  private Patterns() {}

  /**
   * Replaces placeholders of a pattern.
   *
   * @param random consumes one value per placeholder
   * @param pattern the pattern
   * @param digits whether {@code #} is a placeholder
   * @param letters whether {@code ?} is a placeholder
   * @return the filled pattern
   */
  public static String fill(RandomSource random, String pattern, boolean digits, boolean letters) {
    char[] out = pattern.toCharArray();
    for (int i = 0; i < out.length; i++) {
      char c = out[i];
      if (digits && c == '#') {
        out[i] = (char) ('0' + random.nextBounded(10));
      } else if (letters && c == '?') {
        out[i] = (char) ('a' + random.nextBounded(26));
      }
    }
    return new String(out);
  }

  /**
   * Draws a string of {@code length} digits, each {@code 0-9} (so leading zeros occur).
   *
   * @param random consumes one value per digit
   * @param length how many digits, {@code >= 1}
   * @return the digits
   */
  public static String digits(RandomSource random, int length) {
    char[] out = new char[length];
    for (int i = 0; i < length; i++) {
      out[i] = (char) ('0' + random.nextBounded(10));
    }
    return new String(out);
  }

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /**
   * Draws a string of {@code length} lower-case hex digits, sixteen per 64-bit value.
   *
   * @param random consumes one value per sixteen digits
   * @param length how many digits, {@code >= 1}
   * @return the digits
   */
  public static String hex(RandomSource random, int length) {
    char[] out = new char[length];
    long bits = 0;
    for (int i = 0; i < length; i++) {
      if ((i & 15) == 0) {
        bits = random.nextLong();
      }
      out[i] = HEX[(int) (bits & 15)];
      bits >>>= 4;
    }
    return new String(out);
  }

  /**
   * Draws a long uniformly in {@code [min, max]}, without bias: the full range takes one value, a
   * smaller one rejects the top of the 64-bit range that would favour low values (rarely more than
   * one value).
   *
   * @param random the source
   * @param min the lower bound, inclusive
   * @param max the upper bound, inclusive, {@code >= min}
   * @return the value
   */
  public static long longValue(RandomSource random, long min, long max) {
    long bound = max - min + 1; // unsigned; 0 means all 2^64 values
    if (bound == 0) {
      return random.nextLong();
    }
    long limit = -Long.remainderUnsigned(-bound, bound) - 1; // largest unbiased draw, unsigned
    long r;
    do {
      r = random.nextLong();
    } while (Long.compareUnsigned(r, limit) > 0);
    return min + Long.remainderUnsigned(r, bound);
  }
}
