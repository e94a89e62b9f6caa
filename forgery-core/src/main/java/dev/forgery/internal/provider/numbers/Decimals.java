package dev.forgery.internal.provider.numbers;

import dev.forgery.internal.provider.pattern.Patterns;
import dev.forgery.internal.random.RandomSource;
import dev.forgery.internal.registry.Generator;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Uniform decimals: every multiple of {@code 10^-scale} in a closed range equally likely, each
 * value a {@link BigDecimal} of exactly that scale. The range is given by its bounds' shortest
 * decimal forms ({@link BigDecimal#valueOf(double)}: {@code 0.1} is one tenth, not the binary
 * double nearest to it), so {@code decimal(0, 0.05, 2)} gives the six values {@code 0.00} to {@code
 * 0.05}.
 *
 * <p>A draw maps the count of values in the range, {@code n}, onto random bits without bias: for
 * {@code n <= 2^32}, Lemire's multiply-shift ({@link RandomSource#nextBounded}, one value, rarely
 * more); up to {@code 2^63}, a rejected remainder ({@link Patterns#longValue}, one value, rarely
 * more); wider ranges draw as many 64-bit values as the count has bits and reject those past it.
 */
public final class Decimals extends Generator {
  /** Largest scale accepted: twenty digits after the point. */
  public static final int MAX_SCALE = 20;

  private static final BigInteger TWO_TO_32 = BigInteger.ONE.shiftLeft(32);

  private final int scale;

  /** The smallest and largest unscaled values, {@code lo <= hi}. */
  private final BigInteger lo;

  private final BigInteger hi;

  /** How many values the range holds, {@code hi - lo + 1}. */
  private final BigInteger count;

  /** The same bounds as longs, valid when {@link #path} is not {@link Path#BIG}. */
  private final long loLong;

  private final long hiLong;
  private final long countLong;

  private final Path path;

  /** How a draw maps random bits onto the range. */
  private enum Path {
    /** At most 2^32 values, Lemire's multiply-shift. */
    SMALL,
    /** Bounds within a long and at most 2^63 - 1 values: a remainder with rejection. */
    LONG,
    /** Anything else: BigInteger rejection. */
    BIG
  }

  private Decimals(BigInteger lo, BigInteger hi, int scale) {
    this.scale = scale;
    this.lo = lo;
    this.hi = hi;
    this.count = hi.subtract(lo).add(BigInteger.ONE);
    boolean longs = lo.bitLength() < 64 && hi.bitLength() < 64 && count.bitLength() < 64;
    this.loLong = longs ? lo.longValue() : 0;
    this.hiLong = longs ? hi.longValue() : 0;
    this.countLong = longs ? count.longValue() : 0;
    this.path = !longs ? Path.BIG : count.compareTo(TWO_TO_32) <= 0 ? Path.SMALL : Path.LONG;
  }

  /**
   * Returns the multiples of {@code 10^-scale} in {@code [min, max]}, or {@code null} if there is
   * none; the caller has checked that {@code min <= max} and that the scale is in {@code
   * 0..MAX_SCALE}.
   *
   * @param min the lower bound, inclusive
   * @param max the upper bound, inclusive
   * @param scale digits after the point
   * @return the generator, or {@code null} if the range holds no multiple of {@code 10^-scale}
   */
  public static Decimals range(BigDecimal min, BigDecimal max, int scale) {
    BigInteger lo = min.setScale(scale, RoundingMode.CEILING).unscaledValue();
    BigInteger hi = max.setScale(scale, RoundingMode.FLOOR).unscaledValue();
    return lo.compareTo(hi) > 0 ? null : new Decimals(lo, hi, scale);
  }

  /**
   * Returns the smallest value of the range.
   *
   * @return the lower bound, a multiple of {@code 10^-scale}
   */
  public BigDecimal min() {
    return new BigDecimal(lo, scale);
  }

  /**
   * Returns the largest value of the range.
   *
   * @return the upper bound, a multiple of {@code 10^-scale}
   */
  public BigDecimal max() {
    return new BigDecimal(hi, scale);
  }

  @Override
  public Class<?> valueType() {
    return BigDecimal.class;
  }

  @Override
  public Object next(RandomSource random) {
    return decimal(random);
  }

  /**
   * Draws a value.
   *
   * @param random consumes one value, rarely more (see the class description)
   * @return a multiple of {@code 10^-scale} in the range, of exactly that scale
   */
  public BigDecimal decimal(RandomSource random) {
    switch (path) {
      case SMALL:
        return BigDecimal.valueOf(loLong + random.nextBounded(countLong), scale);
      case LONG:
        return BigDecimal.valueOf(Patterns.longValue(random, loLong, hiLong), scale);
      default:
        return new BigDecimal(lo.add(bigOffset(random)), scale);
    }
  }

  /** A uniform offset in {@code [0, count)} from whole 64-bit draws, rejecting those past it. */
  private BigInteger bigOffset(RandomSource random) {
    BigInteger largest = count.subtract(BigInteger.ONE);
    int bits = largest.bitLength();
    int words = (bits + 63) / 64;
    byte[] bytes = new byte[words * 8 + 1]; // a leading zero byte keeps the value positive
    while (true) {
      for (int w = 0; w < words; w++) {
        long v = random.nextLong();
        if (w == 0 && bits % 64 != 0) {
          v &= (1L << (bits % 64)) - 1; // the most significant word keeps only the count's bits
        }
        for (int b = 0; b < 8; b++) {
          bytes[1 + w * 8 + b] = (byte) (v >>> (56 - 8 * b));
        }
      }
      BigInteger offset = new BigInteger(bytes);
      if (offset.compareTo(largest) <= 0) {
        return offset;
      }
    }
  }

  @Override
  public long domainSize() {
    return count.bitLength() < 63 ? count.longValue() : -1;
  }

  @Override
  public Object valueAt(long index) {
    if (domainSize() < 0) {
      return super.valueAt(index);
    }
    return new BigDecimal(lo.add(BigInteger.valueOf(index)), scale);
  }

  @Override
  public String toString() {
    return "decimal(" + min() + ", " + max() + ", " + scale + ")";
  }
}
