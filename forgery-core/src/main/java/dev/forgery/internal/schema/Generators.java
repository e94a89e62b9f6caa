package dev.forgery.internal.schema;

import dev.forgery.Faker;
import dev.forgery.internal.data.WeightedTable;
import dev.forgery.internal.provider.numbers.Numbers;
import dev.forgery.internal.random.RandomSource;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;

/** The field generators that schema types compile to. */
public final class Generators {
  private Generators() {}

  /** Uniform ints in {@code [min, max]}. */
  public static final class Ints extends FieldGen {
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

    @Override
    public Kind kind() {
      return Kind.INT;
    }

    @Override
    public Class<?> valueType() {
      return Integer.class;
    }

    @Override
    public Object next(Faker faker, RandomSource random) {
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
    public void fill(
        Faker faker, RandomSource random, long[] seeds, Object[] out, int at, int count) {
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
    public String toString() {
      return "int(" + min + ", " + max + ")";
    }
  }

  /** Uniform longs in {@code [min, max]}, for record components; the span fits 32 bits. */
  public static final class Longs extends FieldGen {
    private final long min;
    private final long span;

    /**
     * Creates the generator.
     *
     * @param min lower bound, inclusive
     * @param max upper bound, inclusive, with {@code max - min < 2^32}
     */
    public Longs(long min, long max) {
      this.min = min;
      this.span = max - min + 1;
    }

    @Override
    public Class<?> valueType() {
      return Long.class;
    }

    @Override
    public Object next(Faker faker, RandomSource random) {
      return min + random.nextBounded(span);
    }

    @Override
    public long domainSize() {
      return span;
    }
  }

  /** Uniform doubles in {@code [min, max)}, optionally rounded down to a number of decimals. */
  public static final class Doubles extends FieldGen {
    private final double min;
    private final double max;
    private final int decimals;
    private final double scale;

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
    public Object next(Faker faker, RandomSource random) {
      return nextDouble(random);
    }

    @Override
    public double nextDouble(RandomSource random) {
      double value = Numbers.doubleValue(random, min, max);
      if (decimals < 0) {
        return value;
      }
      // Rounding down keeps the value below max; the parser checked that the lowest grid point
      // is inside the range.
      double rounded = Math.floor(value * scale) / scale;
      return rounded < min ? Math.ceil(min * scale) / scale : rounded;
    }

    @Override
    public long domainSize() {
      if (decimals < 0) {
        return -1;
      }
      double points = Math.ceil(max * scale) - Math.ceil(min * scale);
      return points > 1e15 ? -1 : (long) points;
    }

    @Override
    public String toString() {
      return "float(" + min + ", " + max + (decimals < 0 ? "" : ", " + decimals) + ")";
    }
  }

  /** Booleans that are {@code true} with a given probability. */
  public static final class Bools extends FieldGen {
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
    public Object next(Faker faker, RandomSource random) {
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
  }

  /** Uniform dates between two epoch days, both inclusive. */
  public static final class Dates extends FieldGen {
    private final long minDay;
    private final long span;

    /**
     * Creates the generator.
     *
     * @param min first date
     * @param max last date, not before {@code min}, at most 2^32 days later
     */
    public Dates(LocalDate min, LocalDate max) {
      this.minDay = min.toEpochDay();
      this.span = max.toEpochDay() - minDay + 1;
    }

    @Override
    public Class<?> valueType() {
      return LocalDate.class;
    }

    @Override
    public Object next(Faker faker, RandomSource random) {
      return LocalDate.ofEpochDay(minDay + random.nextBounded(span));
    }

    @Override
    public long domainSize() {
      return span;
    }
  }

  /** Uniform date-times, to the second, in UTC wall-clock terms. */
  public static final class DateTimes extends FieldGen {
    private final long minSecond;
    private final long span;

    /**
     * Creates the generator.
     *
     * @param min first date-time
     * @param max last date-time, less than 2^32 seconds after {@code min}
     */
    public DateTimes(LocalDateTime min, LocalDateTime max) {
      this.minSecond = min.toEpochSecond(ZoneOffset.UTC);
      this.span = max.toEpochSecond(ZoneOffset.UTC) - minSecond + 1;
    }

    @Override
    public Class<?> valueType() {
      return LocalDateTime.class;
    }

    @Override
    public Object next(Faker faker, RandomSource random) {
      return LocalDateTime.ofEpochSecond(minSecond + random.nextBounded(span), 0, ZoneOffset.UTC);
    }
  }

  /** One of a list of strings, uniformly or by weight. */
  public static final class Choices extends FieldGen {
    private final String[] values;
    private final WeightedTable weighted;
    private final long distinct;

    /**
     * Creates the generator.
     *
     * @param values the values, at least one
     * @param weights one weight per value, or {@code null} for uniform
     */
    public Choices(List<String> values, double[] weights) {
      this.values = values.toArray(new String[0]);
      this.weighted = weights == null ? null : WeightedTable.of(this.values, weights);
      HashSet<String> seen = new HashSet<>();
      for (int i = 0; i < this.values.length; i++) {
        if (weights == null || weights[i] > 0) {
          seen.add(this.values[i]);
        }
      }
      this.distinct = seen.size();
    }

    @Override
    public Class<?> valueType() {
      return String.class;
    }

    @Override
    public Object next(Faker faker, RandomSource random) {
      return weighted != null
          ? weighted.draw(random)
          : values[RandomSource.index(random.nextLong() >>> 32, values.length)];
    }

    @Override
    public long domainSize() {
      return distinct;
    }

    @Override
    public String toString() {
      return "choice" + Arrays.toString(values);
    }
  }

  /** Constants of an enum, uniformly. */
  public static final class Constants extends FieldGen {
    private final Object[] values;
    private final Class<?> type;

    /**
     * Creates the generator.
     *
     * @param type the enum class, with at least one constant
     */
    public Constants(Class<?> type) {
      this.type = type;
      this.values = type.getEnumConstants();
    }

    @Override
    public Class<?> valueType() {
      return type;
    }

    @Override
    public Object next(Faker faker, RandomSource random) {
      return values[RandomSource.index(random.nextLong() >>> 32, values.length)];
    }

    @Override
    public long domainSize() {
      return values.length;
    }
  }

  /** Text of a length chosen uniformly between two bounds; see {@link SchemaText}. */
  public static final class Texts extends FieldGen {
    private final int minChars;
    private final int maxChars;

    /**
     * Creates the generator.
     *
     * @param minChars shortest length
     * @param maxChars longest length, {@code >= minChars}
     */
    public Texts(int minChars, int maxChars) {
      this.minChars = minChars;
      this.maxChars = maxChars;
    }

    @Override
    public Class<?> valueType() {
      return String.class;
    }

    @Override
    public Object next(Faker faker, RandomSource random) {
      return SchemaText.text(random, minChars, maxChars);
    }

    @Override
    public long domainSize() {
      return maxChars == 0 ? 1 : -1;
    }
  }

  /** A named provider, built-in or registered, or any function of a faker. */
  public static final class Provided extends FieldGen {
    private final Function<Faker, ?> single;
    private final Class<?> type;
    private final ProviderRef.Column column;

    /**
     * Creates the generator.
     *
     * @param single draws one value from the worker's faker
     * @param type the value class
     */
    public Provided(Function<Faker, ?> single, Class<?> type) {
      this(new ProviderRef("", type, single));
    }

    /**
     * Creates the generator of a provider, drawing whole columns at once where it can.
     *
     * @param provider the provider
     */
    public Provided(ProviderRef provider) {
      this.single = provider.single();
      this.type = provider.type();
      this.column = provider.column();
    }

    @Override
    public Class<?> valueType() {
      return type;
    }

    @Override
    public Object next(Faker faker, RandomSource random) {
      return single.apply(faker);
    }

    @Override
    public void fill(
        Faker faker, RandomSource random, long[] seeds, Object[] out, int at, int count) {
      if (column == null) {
        super.fill(faker, random, seeds, out, at, count);
      } else {
        column.fill(faker, seeds, out, at, count);
      }
    }
  }
}
