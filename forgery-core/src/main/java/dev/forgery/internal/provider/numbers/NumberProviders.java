package dev.forgery.internal.provider.numbers;

import dev.forgery.internal.random.RandomSource;
import dev.forgery.internal.registry.Args;
import dev.forgery.internal.registry.Defaults;
import dev.forgery.internal.registry.Generator;
import dev.forgery.internal.registry.Param;
import dev.forgery.internal.registry.ProviderDef;
import java.math.BigDecimal;
import java.util.List;

/**
 * The definitions of the number providers, which are also the schema keywords {@code int}, {@code
 * float} and {@code bool}, and their generators; the draws are in {@link Numbers} and, for
 * decimals, {@link Decimals}.
 */
public final class NumberProviders {
  private NumberProviders() {}

  /** Every number provider. */
  public static final List<ProviderDef> ALL =
      List.of(
          ProviderDef.define("integer", Integer.class, "a uniform int, bounds inclusive")
              .aliases("int")
              .params(
                  new Param("min", "int", String.valueOf(Defaults.INT_MIN)),
                  new Param("max", "int", String.valueOf(Defaults.INT_MAX)))
              .binds(
                  (locale, args) -> {
                    args.expect(0, 2);
                    int min = args.integer(0, Defaults.INT_MIN);
                    int max = args.integer(1, Defaults.INT_MAX);
                    if (min > max) {
                      throw args.fail("min must be <= max, got min=" + min + " and max=" + max);
                    }
                    return new Ints(min, max);
                  }),
          ProviderDef.define("doubleValue", Double.class, "a uniform double in [min, max)")
              .aliases("float", "double")
              .params(
                  new Param("min", "number", "0"),
                  new Param("max", "number", "1"),
                  new Param("decimals", "int 0..15", "all"))
              .binds(NumberProviders::doubles),
          ProviderDef.define("bool", Boolean.class, "true or false")
              .aliases("boolean")
              .params(new Param("probabilityOfTrue", "number 0..1", "0.5"))
              .binds(
                  (locale, args) -> {
                    double p = args.real(0, 0.5);
                    if (p < 0 || p > 1) {
                      throw args.fail("probabilityOfTrue must be between 0 and 1, got " + p);
                    }
                    return new Bools(p);
                  }),
          ProviderDef.define(
                  "decimal",
                  BigDecimal.class,
                  "a BigDecimal of a scale, uniform over its multiples in [min, max]")
              .aliases("bigDecimal")
              .params(
                  new Param("min", "number", "0"),
                  new Param("max", "number", "100"),
                  new Param("scale", "int 0.." + Decimals.MAX_SCALE, "2"))
              .binds(NumberProviders::decimals));

  private static Generator decimals(String locale, Args args) {
    args.expect(0, 2, 3);
    // Read exactly: bounds of more digits than a double holds keep every digit.
    BigDecimal min = args.decimal(0, BigDecimal.ZERO);
    BigDecimal max = args.decimal(1, BigDecimal.valueOf(100));
    int scale = args.integer(2, 2);
    if (scale < 0 || scale > Decimals.MAX_SCALE) {
      throw args.fail("scale must be between 0 and " + Decimals.MAX_SCALE + ", got " + scale);
    }
    if (min.compareTo(max) > 0) {
      throw args.fail("min must be <= max, got min=" + min + " and max=" + max);
    }
    Decimals range = Decimals.range(min, max, scale);
    if (range == null) {
      throw args.fail(
          "no multiple of "
              + BigDecimal.ONE.movePointLeft(scale).toPlainString()
              + " (scale "
              + scale
              + ") lies in [min, max], got min="
              + min
              + " and max="
              + max);
    }
    return range;
  }

  private static Generator doubles(String locale, Args args) {
    args.expect(0, 2, 3);
    double min = args.real(0, Defaults.DOUBLE_MIN);
    double max = args.real(1, Defaults.DOUBLE_MAX);
    if (!(min < max)) {
      throw args.fail(
          "min must be < max (the range is [min, max)), got min=" + min + " and max=" + max);
    }
    int decimals = args.integer(2, -1);
    if (args.size() == 3) {
      if (decimals < 0 || decimals > 15) {
        throw args.fail("decimals must be between 0 and 15, got " + decimals);
      }
      if (!(Doubles.roundUp(min, Math.pow(10, decimals)) < max)) {
        throw args.fail(
            "no number with "
                + decimals
                + " decimals lies in [min, max), got min="
                + min
                + " and max="
                + max);
      }
    }
    return new Doubles(min, max, decimals);
  }

  /** Uniform ints in {@code [min, max]}. */
  public static final class Ints extends Generator {
    private final int min;
    private final int max;

    /** How many values the range holds, up to 2^32. */
    private final long bound;

    /**
     * First draws whose low product bits fall below this are rejected by Lemire's method; zero for
     * a bound of 2^32, where nothing is rejected.
     */
    private final long threshold;

    /**
     * Creates the generator.
     *
     * @param min lower bound, inclusive
     * @param max upper bound, inclusive, {@code >= min}
     */
    public Ints(int min, int max) {
      this.min = min;
      this.max = max;
      this.bound = (long) max - min + 1;
      this.threshold = (0x1_0000_0000L - bound) % bound;
    }

    /**
     * Returns the lower bound.
     *
     * @return min
     */
    public int min() {
      return min;
    }

    /**
     * Returns the upper bound.
     *
     * @return max
     */
    public int max() {
      return max;
    }

    @Override
    public Kind kind() {
      return Kind.INT;
    }

    @Override
    public Class<?> valueType() {
      return Integer.class;
    }

    @Override
    public Object next(RandomSource random) {
      return nextInt(random);
    }

    @Override
    public int nextInt(RandomSource random) {
      return Numbers.integer(random, min, max);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Fetches every cell's first random value in one call and maps it as Lemire's method in
     * {@link RandomSource#nextBounded} does; the rare cell whose first value that method would
     * reject is drawn again the long way, so every cell is what {@link #nextInt} gives.
     */
    @Override
    public void fillInts(RandomSource random, long[] seeds, int[] out, int at, int count) {
      long[] draws = new long[count];
      random.nextLongs(seeds, 0, count, 1, draws);
      for (int k = 0; k < count; k++) {
        long product = (draws[k] >>> 32) * bound;
        if ((product & 0xFFFF_FFFFL) < threshold) {
          random.reseed(seeds[k]);
          out[at + k] = nextInt(random);
        } else {
          out[at + k] = (int) (min + (product >>> 32));
        }
      }
    }

    @Override
    public void fill(RandomSource random, long[] seeds, Object[] out, int at, int count) {
      int[] values = new int[count];
      fillInts(random, seeds, values, 0, count);
      for (int k = 0; k < count; k++) {
        out[at + k] = values[k];
      }
    }

    @Override
    public long domainSize() {
      return bound;
    }

    @Override
    public Object valueAt(long index) {
      return (int) (min + index);
    }

    @Override
    public String toString() {
      return "integer(" + min + ", " + max + ")";
    }
  }

  /** Uniform doubles in {@code [min, max)}, optionally rounded down to a number of decimals. */
  public static final class Doubles extends Generator {
    /** The largest draw of {@link RandomSource#nextDouble()}: {@code 1 - 2^-53}. */
    private static final double LAST_DRAW = Math.nextDown(1.0);

    /** The bits of {@code 2^52}: a double whose mantissa is an integer below {@code 2^52}. */
    private static final long TWO_52 = Double.doubleToRawLongBits(0x1p52);

    /** The bits of {@code 1.0}. */
    private static final long ONE = Double.doubleToRawLongBits(1.0);

    /**
     * {@code 2^52}: a double at least this large in magnitude has no fractional part, so it already
     * has any number of decimals; scaling it by {@code 10^decimals} could overflow to infinity.
     */
    private static final double INTEGRAL = 0x1p52;

    private final double min;
    private final double max;
    private final int decimals;
    private final double scale;

    /**
     * {@code (max - min) * 2^-53}, what one step of the 53 random bits of {@link
     * RandomSource#nextDouble()} is worth: {@code bits * unit} is exactly {@code u * (max - min)}
     * rounded once, as both are the same real number rounded once (scaling by a power of two is
     * exact while the result stays normal), with one multiplication fewer.
     */
    private final double unit;

    /**
     * Whether every draw is {@code floor((min + bits * unit) * scale) / scale}: rounded, with a
     * span that neither overflows nor makes {@code unit} subnormal, and with neither of the
     * corrections of {@link Numbers#doubleValue} and {@link #nextDouble} ever needed. Both
     * corrections test a value that grows with the draw (every step of it rounds monotonically), so
     * the first draw and the last one tell; coordinates ({@code [-90, 90)} to six decimals) are
     * such ranges, and drawing them takes no branch.
     */
    private final boolean plainGrid;

    /**
     * Creates the generator.
     *
     * @param min lower bound, inclusive
     * @param max upper bound, exclusive
     * @param decimals digits after the point to keep, or {@code -1} for all
     */
    public Doubles(double min, double max, int decimals) {
      this.min = min;
      this.max = max;
      this.decimals = decimals;
      this.scale = decimals < 0 ? 1 : Math.pow(10, decimals);
      double span = max - min;
      this.unit = span * 0x1.0p-53;
      this.plainGrid =
          decimals >= 0
              && Math.abs(min) < INTEGRAL
              && Math.abs(max) < INTEGRAL
              && !Double.isInfinite(span)
              && unit >= Double.MIN_NORMAL
              && min + LAST_DRAW * span < max
              && Math.floor((min + 0.0 * span) * scale) / scale >= min;
    }

    /**
     * Returns {@code bits >>> 11}, the 53 random bits of {@link RandomSource#nextDouble()}, as a
     * double, exactly, without a long-to-double conversion: the JIT of JDK 17 converts with {@code
     * cvtsi2sd}, which also reads its destination register, and in an unrolled loop of draws that
     * register last held the previous value's division, so every value waited for the one before.
     * The high 52 bits become a double as the mantissa of {@code 2^52} less {@code 2^52}; doubling
     * them and adding the low bit, 0.0 or 1.0 by its bit pattern, are exact below {@code 2^53}.
     */
    private static double randomBits(long bits) {
      double high = Double.longBitsToDouble(TWO_52 | bits >>> 12) - 0x1p52;
      return high + high + Double.longBitsToDouble((bits >>> 11 & 1) * ONE);
    }

    /**
     * Returns the lower bound.
     *
     * @return min, inclusive
     */
    public double min() {
      return min;
    }

    /**
     * Returns the upper bound.
     *
     * @return max, exclusive
     */
    public double max() {
      return max;
    }

    @Override
    public Kind kind() {
      return Kind.DOUBLE;
    }

    @Override
    public Class<?> valueType() {
      return Double.class;
    }

    @Override
    public Object next(RandomSource random) {
      return nextDouble(random);
    }

    @Override
    public double nextDouble(RandomSource random) {
      if (plainGrid) {
        return Math.floor((min + randomBits(random.nextLong()) * unit) * scale) / scale;
      }
      double value = Numbers.doubleValue(random, min, max);
      if (decimals < 0) {
        return value;
      }
      // Rounding down keeps the value below max; the binder checked that the lowest grid point
      // is inside the range.
      double rounded = roundDown(value, scale);
      // Adding 0.0 turns -0.0 (ceil(-0.5) is -0.0) into 0.0; every other value is unchanged.
      return (rounded < min ? roundUp(min, scale) : rounded) + 0.0;
    }

    /**
     * Rounds down to the grid of {@code 1 / scale}; a value too large to have a fractional part is
     * on every grid already, and is returned as it is rather than scaled into infinity.
     *
     * @param value the value
     * @param scale {@code 10^decimals}
     * @return the largest grid point not above {@code value}
     */
    static double roundDown(double value, double scale) {
      return Math.abs(value) >= INTEGRAL ? value : Math.floor(value * scale) / scale;
    }

    /**
     * Rounds up to the grid of {@code 1 / scale}, as {@link #roundDown} rounds down.
     *
     * @param value the value
     * @param scale {@code 10^decimals}
     * @return the smallest grid point not below {@code value}
     */
    static double roundUp(double value, double scale) {
      return Math.abs(value) >= INTEGRAL ? value : Math.ceil(value * scale) / scale;
    }

    /**
     * Returns the decimals values are rounded to, or {@code -1} if they are not rounded.
     *
     * @return {@code decimals}
     */
    @Override
    public int scale() {
      return decimals;
    }

    @Override
    public long domainSize() {
      if (decimals < 0) {
        return -1;
      }
      double points = Math.ceil(max * scale) - Math.ceil(min * scale);
      // Bounds scaled past the doubles' range give infinities or NaN: a domain too large to count.
      return points <= 1e15 ? (long) points : -1;
    }

    @Override
    public Object valueAt(long index) {
      if (domainSize() < 0) {
        return super.valueAt(index);
      }
      return (Math.ceil(min * scale) + index) / scale;
    }

    @Override
    public String toString() {
      return "doubleValue(" + min + ", " + max + (decimals < 0 ? "" : ", " + decimals) + ")";
    }
  }

  /** Booleans that are {@code true} with a given probability. */
  public static final class Bools extends Generator {
    private final double probability;

    /**
     * Creates the generator.
     *
     * @param probability of {@code true}, in {@code [0, 1]}
     */
    public Bools(double probability) {
      this.probability = probability;
    }

    @Override
    public Kind kind() {
      return Kind.BOOLEAN;
    }

    @Override
    public Class<?> valueType() {
      return Boolean.class;
    }

    @Override
    public Object next(RandomSource random) {
      return nextBoolean(random);
    }

    @Override
    public boolean nextBoolean(RandomSource random) {
      // The fair case draws exactly like Faker.bool().
      return probability == 0.5 ? Numbers.bool(random) : random.nextDouble() < probability;
    }

    @Override
    public long domainSize() {
      return probability == 0.0 || probability == 1.0 ? 1 : 2;
    }

    @Override
    public Object valueAt(long index) {
      return domainSize() == 1 ? probability == 1.0 : index == 1;
    }
  }
}
