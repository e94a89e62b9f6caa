package dev.forgery.internal.provider.commerce;

import dev.forgery.internal.provider.pattern.Patterns;
import dev.forgery.internal.random.RandomSource;
import dev.forgery.internal.registry.Generator;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Prices in a range, as shops write them: {@link BigDecimal}s of scale 2 whose cents follow the
 * endings of retail prices.
 *
 * <p>A price first draws its ending: {@code .99} with probability 77/128 (about 60%), {@code .95},
 * {@code .49} and {@code .00} with 13/128 each (about 10%), and any cent with 12/128 (about 9%).
 * Then it draws the whole part uniformly among the prices of the range that have that ending. When
 * no price of the range has it (a range narrower than one unit), the price is any cent of the range
 * instead. Every price is within the bounds.
 */
public final class Prices extends Generator {
  /** Largest price accepted: a guard against a mistyped bound, far above any real price. */
  public static final long MAX = 1_000_000_000_000L;

  /** Upper ends, out of 128, of the ending draws: .99, .95, .49, .00, then any cent. */
  private static final int[] ENDING_LIMITS = {77, 90, 103, 116};

  private static final int[] ENDINGS = {99, 95, 49, 0};

  /** The smallest and largest prices, in cents. */
  private final long lo;

  private final long hi;

  private Prices(long lo, long hi) {
    this.lo = lo;
    this.hi = hi;
  }

  /**
   * Returns the prices of {@code [BigDecimal.valueOf(min), BigDecimal.valueOf(max)]}, or {@code
   * null} if no whole cent lies in it; the caller has checked {@code 0 <= min <= max <= MAX}.
   *
   * @param min the lower bound, inclusive
   * @param max the upper bound, inclusive
   * @return the prices, or {@code null}
   */
  public static Prices range(double min, double max) {
    long lo = BigDecimal.valueOf(min).setScale(2, RoundingMode.CEILING).unscaledValue().longValue();
    long hi = BigDecimal.valueOf(max).setScale(2, RoundingMode.FLOOR).unscaledValue().longValue();
    return lo > hi ? null : new Prices(lo, hi);
  }

  /**
   * Draws a price.
   *
   * @param random consumes two values, rarely more
   * @return a price of scale 2 within the range
   */
  public BigDecimal price(RandomSource random) {
    int slot = (int) (random.nextLong() >>> 57); // 0..127
    for (int i = 0; i < ENDINGS.length; i++) {
      if (slot < ENDING_LIMITS[i]) {
        int ending = ENDINGS[i];
        // Whole units k with 100k + ending in [lo, hi].
        long first = Math.floorDiv(lo - ending + 99, 100);
        long last = Math.floorDiv(hi - ending, 100);
        if (first <= last) {
          return cents(100 * uniform(random, first, last) + ending);
        }
        break;
      }
    }
    return cents(uniform(random, lo, hi));
  }

  @Override
  public Class<?> valueType() {
    return BigDecimal.class;
  }

  @Override
  public Object next(RandomSource random) {
    return price(random);
  }

  /** Every cent of the range can be drawn: the domain is the range in cents. */
  @Override
  public long domainSize() {
    return hi - lo + 1;
  }

  @Override
  public Object valueAt(long index) {
    return cents(lo + index);
  }

  @Override
  public String toString() {
    return "price(" + cents(lo) + ", " + cents(hi) + ")";
  }

  private static long uniform(RandomSource random, long from, long to) {
    long count = to - from + 1;
    return count <= 0x1_0000_0000L
        ? from + random.nextBounded(count)
        : Patterns.longValue(random, from, to);
  }

  private static BigDecimal cents(long cents) {
    return BigDecimal.valueOf(cents, 2);
  }
}
