package dev.forgery.internal.provider.datetime;

import dev.forgery.internal.data.WeightedTable;
import dev.forgery.internal.random.RandomSource;
import dev.forgery.internal.registry.Defaults;
import java.time.LocalDate;

/**
 * Dates of birth of people whose age on a reference date lies in a range, with ages distributed
 * like the US resident population.
 *
 * <p>Age weights are the 2020 US census counts by five-year age group (thousands, rounded; 85 and
 * over split into five-year groups from the same census), spread evenly over the years of each
 * group and halved every year past 104. A person's age is whole years as {@link
 * java.time.Period#between} counts them, so someone born on 29 February turns a year older on 1
 * March in common years.
 *
 * <p>A draw consumes one 64-bit value: 32 bits pick the age through an alias table, the other 32
 * the day within that age's year. The per-age day ranges are computed once per table and packed
 * into the alias columns, so the hot path is one read of a small array and, for the default table,
 * one of the shared dates.
 */
public final class BirthDates {
  /** Default youngest age: adults. */
  public static final int DEFAULT_MIN_AGE = Defaults.BIRTH_AGE_MIN;

  /** Default oldest age. */
  public static final int DEFAULT_MAX_AGE = Defaults.BIRTH_AGE_MAX;

  /** The oldest age accepted. */
  public static final int MAX_AGE = 150;

  /** 2020 US census population in thousands by age group 0-4, 5-9, ..., 100-104. */
  private static final int[] GROUPS = {
    19_373, 20_466, 21_590, 21_993, 21_585, 21_948, 22_344, 21_730, 20_902, 19_759, 20_705, 21_626,
    20_728, 17_852, 14_443, 9_733, 6_375, 3_700, 1_900, 600, 90,
  };

  /** How many random values a batch draws at a time. */
  private static final int BLOCK = 1_024;

  /** Bits of one year of birthdays in a column: a 16-bit offset and a leap bit. */
  private static final int YEAR_BITS = 17;

  /**
   * One alias column per age, everything a draw needs in one {@code long}: the coin threshold
   * (0..65535) in bits 48-63, then for the column's own age and for its alias a 17-bit year of
   * birthdays: the offset of its first day from {@link #firstDate} in the high 16 bits and whether
   * it has 366 days in the low bit (a year of birthdays always has 365 or 366). A draw reads this
   * one slot of a small array and then the date: no further per-age arrays on its path.
   */
  private final long[] columns;

  /**
   * Every possible date of the shared default table, built once per JVM (30,316 dates, about 850
   * KB), so that a draw is a table read instead of {@link LocalDate#ofEpochDay}'s civil calendar
   * arithmetic and an allocation. {@code LocalDate} is immutable and value-based, so sharing
   * instances is safe. JMH BirthdayBenchmark: 3.8 ms per 100,000 with {@code ofEpochDay}, 1.1 ms
   * with the table. Null for the per-call tables of other age ranges, where building it would cost
   * more than it saves.
   */
  private final LocalDate[] dates;

  private final long firstDate;

  private final LocalDate asOf;

  /**
   * The default table of the last reference date asked for: a process nearly always asks for one
   * (its current date, or the date its tests pin), and a table is rebuilt in about a millisecond.
   */
  private static volatile BirthDates lastDefaults;

  private BirthDates(int minAge, int maxAge, LocalDate asOf) {
    this(minAge, maxAge, asOf, false);
  }

  private BirthDates(int minAge, int maxAge, LocalDate asOf, boolean shareDates) {
    this.asOf = asOf;
    int n = maxAge - minAge + 1;
    double[] weights = new double[n];
    long[] firstDay = new long[n];
    int[] days = new int[n];
    for (int i = 0; i < n; i++) {
      int age = minAge + i;
      weights[i] = weight(age);
      // Born after asOf - (age + 1) years and on or before asOf - age years.
      long first = asOf.minusYears(age + 1L).plusDays(1).toEpochDay();
      long last = asOf.minusYears(age).toEpochDay();
      firstDay[i] = first;
      days[i] = (int) (last - first + 1);
    }
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    this.firstDate = firstDay[n - 1];
    // 16-bit coins: probabilities exact to 2^-16 per column, which leaves 32 bits for the day.
    long[] wide = WeightedTable.aliasColumns(weights, total, 0x1.0p16);
    this.columns = new long[n];
    for (int i = 0; i < n; i++) {
      long threshold = wide[i] >>> 32;
      int alias = (int) wide[i];
      if (threshold >= 0x1_0000) {
        // Always keeps its own age: the same as never keeping it with itself as the alias.
        threshold = 0;
        alias = i;
      }
      columns[i] =
          threshold << 48
              | year(firstDay[i] - firstDate, days[i]) << YEAR_BITS
              | year(firstDay[alias] - firstDate, days[alias]);
    }
    if (shareDates) {
      int span = (int) (firstDay[0] + days[0] - firstDate);
      this.dates = new LocalDate[span];
      for (int d = 0; d < span; d++) {
        dates[d] = LocalDate.ofEpochDay(firstDate + d);
      }
    } else {
      this.dates = null;
    }
  }

  /** Relative share of the population of one age in years. */
  static double weight(int age) {
    int group = age / 5;
    if (group < GROUPS.length) {
      return GROUPS[group] / 5.0;
    }
    return GROUPS[GROUPS.length - 1] / 5.0 * Math.pow(0.5, age - 5 * GROUPS.length + 1);
  }

  /**
   * Returns the shared table for the default ages on a reference date.
   *
   * @param asOf the date on which the ages hold
   * @return the table for ages 18 to 100 on {@code asOf}
   */
  public static BirthDates defaults(LocalDate asOf) {
    BirthDates table = lastDefaults;
    if (table == null || !table.asOf.equals(asOf)) {
      table = new BirthDates(DEFAULT_MIN_AGE, DEFAULT_MAX_AGE, asOf, true);
      lastDefaults = table;
    }
    return table;
  }

  /**
   * Builds a table for ages {@code minAge..maxAge} on {@code asOf}.
   *
   * @param minAge youngest age in whole years, {@code >= 0}
   * @param maxAge oldest age, {@code minAge..150}
   * @param asOf the date on which the ages hold
   * @return the table
   * @throws IllegalArgumentException if an argument is out of range or null
   */
  public static BirthDates of(int minAge, int maxAge, LocalDate asOf) {
    if (minAge < 0) {
      throw new IllegalArgumentException("minAge must be >= 0, got " + minAge);
    }
    if (maxAge > MAX_AGE) {
      throw new IllegalArgumentException("maxAge must be <= " + MAX_AGE + ", got " + maxAge);
    }
    if (minAge > maxAge) {
      throw new IllegalArgumentException(
          "minAge must be <= maxAge, got minAge=" + minAge + " and maxAge=" + maxAge);
    }
    if (asOf == null) {
      throw new IllegalArgumentException("asOf must not be null");
    }
    if (asOf.getYear() < LocalDate.MIN.getYear() + MAX_AGE + 1) {
      throw new IllegalArgumentException("asOf is too early for birth dates, got " + asOf);
    }
    if (minAge == DEFAULT_MIN_AGE && maxAge == DEFAULT_MAX_AGE) {
      return defaults(asOf);
    }
    return new BirthDates(minAge, maxAge, asOf);
  }

  /**
   * Draws a date of birth from one 64-bit value: bits 48-63 choose the alias column, bits 32-47
   * toss its coin, bits 0-31 choose the day within the age's year.
   *
   * @param random consumes one value
   * @return the date
   */
  public LocalDate draw(RandomSource random) {
    return date(random.nextLong());
  }

  /**
   * Fills {@code out} with dates of birth, the same as calling {@link #draw(RandomSource)} once per
   * slot. The random values come {@link #BLOCK} at a time from one {@link
   * RandomSource#nextLongs(long[], int, int)} call, a tight loop with no call per value, instead of
   * one call per date.
   *
   * @param random consumes one value per date
   * @param out the destination
   */
  public void draw(RandomSource random, LocalDate[] out) {
    long[] bits = new long[Math.min(BLOCK, out.length)];
    int[] days = new int[bits.length];
    for (int start = 0; start < out.length; start += BLOCK) {
      int n = Math.min(BLOCK, out.length - start);
      random.nextLongs(bits, 0, n);
      for (int k = 0; k < n; k++) {
        days[k] = day(bits[k]);
      }
      if (dates != null) {
        for (int k = 0; k < n; k++) {
          out[start + k] = dates[days[k]];
        }
      } else {
        for (int k = 0; k < n; k++) {
          out[start + k] = LocalDate.ofEpochDay(firstDate + days[k]);
        }
      }
    }
  }

  /** Packs a year of birthdays for a column; {@code days} is 365 or 366. */
  private static long year(long offset, int days) {
    if (offset >= 1 << (YEAR_BITS - 1) || (days != 365 && days != 366)) {
      throw new IllegalStateException(
          "a year of birthdays must start within 65,536 days and have 365 or 366 days, got offset "
              + offset
              + " and "
              + days
              + " days");
    }
    return offset << 1 | (days - 365);
  }

  /** The date of birth for one 64-bit value; see {@link #draw(RandomSource)}. */
  private LocalDate date(long bits) {
    int day = day(bits);
    return dates != null ? dates[day] : LocalDate.ofEpochDay(firstDate + day);
  }

  /** The day of birth for one 64-bit value, as days after {@link #firstDate}. */
  private int day(long bits) {
    long entry = columns[(int) (((bits >>> 48) * columns.length) >>> 16)];
    // Branch-free choice between the column's age and its alias: the coin is random, so a branch
    // here would be mispredicted on a large share of draws. keep is all ones when coin < threshold.
    long keep = (((bits >>> 32) & 0xFFFF) - (entry >>> 48)) >> 63;
    long year = (entry ^ ((entry ^ (entry >>> YEAR_BITS)) & keep)) & ((1L << YEAR_BITS) - 1);
    int offset = (int) (((bits & 0xFFFF_FFFFL) * (365 + (year & 1))) >>> 32);
    return (int) (year >>> 1) + offset;
  }
}
