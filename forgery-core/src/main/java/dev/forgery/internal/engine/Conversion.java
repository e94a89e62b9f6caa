package dev.forgery.internal.engine;

import dev.forgery.internal.provider.numbers.NumberProviders;
import dev.forgery.internal.random.RandomSource;
import dev.forgery.internal.registry.Generator;
import dev.forgery.internal.registry.Inference;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;

/**
 * How a provider's values are adapted to the type of the record component they fill: an int range
 * into a {@code long}, {@code short} or {@code byte}, a number into a {@code double} or {@code
 * float}, anything into a {@code String}, the types made from another provider's values ({@code
 * BigInteger}, {@code Year}, {@code YearMonth}, {@code MonthDay}, {@code OffsetTime}, {@code
 * Duration}, {@code Period}, {@code URI}, {@code URL}), and a custom provider's values checked
 * against the component type. Decided once per component, when the record type is analysed; a
 * component whose type the values already fit keeps the provider's generator itself, with its
 * column draw.
 *
 * <p>Kept apart from the reflection that finds the components ({@link RecordWalker}) because it is
 * the one place that decides whether a value fits a component, for inferred providers, annotations
 * and schema overrides alike.
 */
final class Conversion {
  private Conversion() {}

  /** How a leaf value is adapted to its component type. */
  enum Convert {
    TO_LONG,
    TO_DOUBLE,
    TO_FLOAT,
    TO_SHORT,
    TO_BYTE,
    TO_STRING,
    TO_BIG_INTEGER,
    TO_BIG_DECIMAL,
    TO_YEAR,
    TO_YEAR_MONTH,
    TO_MONTH_DAY,
    TO_OFFSET_TIME,
    TO_DURATION,
    TO_PERIOD,
    TO_URI,
    TO_URL,
    CHECK
  }

  /**
   * Returns a generator of values that fit component type {@code raw}: {@code gen} itself if its
   * values already do, else {@code gen} with a conversion.
   *
   * @param gen the provider's generator
   * @param nullRate the probability of {@code null} the component will be given
   * @param raw the component's class
   * @param where names the component, for messages
   * @return the generator
   * @throws IllegalArgumentException if the values cannot fit, or a primitive would be null
   */
  static Generator to(Generator gen, double nullRate, Class<?> raw, String where) {
    if (nullRate > 0 && raw.isPrimitive()) {
      throw new IllegalArgumentException(
          where + ": a primitive component cannot be null; use the boxed type");
    }
    Class<?> target = Inference.boxed(raw);
    Class<?> produced = gen.valueType();
    Convert convert;
    if (target.isAssignableFrom(produced)) {
      return gen;
    } else if (produced == Object.class) {
      convert = Convert.CHECK;
    } else if (Number.class.isAssignableFrom(produced) && target == Long.class) {
      convert = Convert.TO_LONG;
    } else if (Number.class.isAssignableFrom(produced) && target == Double.class) {
      convert = Convert.TO_DOUBLE;
    } else if (Number.class.isAssignableFrom(produced) && target == Float.class) {
      convert = Convert.TO_FLOAT;
    } else if (produced == Integer.class && target == Short.class) {
      fitsRange(gen, Short.MIN_VALUE, Short.MAX_VALUE, "short", where);
      convert = Convert.TO_SHORT;
    } else if (produced == Integer.class && target == Byte.class) {
      fitsRange(gen, Byte.MIN_VALUE, Byte.MAX_VALUE, "byte", where);
      convert = Convert.TO_BYTE;
    } else if (target == String.class) {
      convert = Convert.TO_STRING;
    } else {
      convert = derived(produced, target);
    }
    if (convert == null) {
      throw new IllegalArgumentException(
          where + ": its type gives " + produced.getSimpleName() + " values, which do not fit");
    }
    return new Converted(gen, convert, target, where);
  }

  /**
   * The conversions to types that have no provider of their own but are made from one that does:
   * {@code BigInteger} and {@code BigDecimal} from numbers, {@code Year}, {@code YearMonth} and
   * {@code MonthDay} from a date, {@code OffsetTime} from an {@code OffsetDateTime}, {@code
   * Duration} from a number of seconds and {@code Period} from a number of days, {@code URI} and
   * {@code URL} from a URL's text.
   *
   * @return the conversion, or {@code null} if none fits
   */
  private static Convert derived(Class<?> produced, Class<?> target) {
    boolean number = Number.class.isAssignableFrom(produced);
    boolean integral =
        produced == Integer.class
            || produced == Long.class
            || produced == Short.class
            || produced == Byte.class;
    boolean date = produced == LocalDate.class || produced == LocalDateTime.class;
    if (target == BigInteger.class && number) {
      return Convert.TO_BIG_INTEGER;
    } else if (target == BigDecimal.class && number) {
      return Convert.TO_BIG_DECIMAL;
    } else if (target == Year.class && date) {
      return Convert.TO_YEAR;
    } else if (target == YearMonth.class && date) {
      return Convert.TO_YEAR_MONTH;
    } else if (target == MonthDay.class && date) {
      return Convert.TO_MONTH_DAY;
    } else if (target == OffsetTime.class && produced == OffsetDateTime.class) {
      return Convert.TO_OFFSET_TIME;
    } else if (target == Duration.class && integral) {
      return Convert.TO_DURATION;
    } else if (target == Period.class && integral) {
      return Convert.TO_PERIOD;
    } else if (target == URI.class && produced == String.class) {
      return Convert.TO_URI;
    } else if (target == URL.class && produced == String.class) {
      return Convert.TO_URL;
    }
    return null;
  }

  /** A provider's generator whose values are converted to a component type as they are drawn. */
  static final class Converted extends Generator {
    private final Generator gen;
    private final Convert convert;
    private final Class<?> target;
    private final String where;

    Converted(Generator gen, Convert convert, Class<?> target, String where) {
      this.gen = gen;
      this.convert = convert;
      this.target = target;
      this.where = where;
    }

    @Override
    public Class<?> valueType() {
      return target;
    }

    @Override
    public Object next(RandomSource random) {
      return convert(gen.next(random));
    }

    /** Draws the column with the provider's own column draw, then converts it in place. */
    @Override
    public void fill(RandomSource random, long[] seeds, Object[] out, int at, int count) {
      gen.fill(random, seeds, out, at, count);
      for (int i = at; i < at + count; i++) {
        out[i] = convert(out[i]);
      }
    }

    @Override
    public long domainSize() {
      return gen.domainSize();
    }

    @Override
    public Object valueAt(long index) {
      return convert(gen.valueAt(index));
    }

    private Object convert(Object v) {
      switch (convert) {
        case TO_LONG:
          return ((Number) v).longValue();
        case TO_DOUBLE:
          return ((Number) v).doubleValue();
        case TO_FLOAT:
          return ((Number) v).floatValue();
        case TO_SHORT:
          return ((Number) v).shortValue();
        case TO_BYTE:
          return ((Number) v).byteValue();
        case TO_STRING:
          return String.valueOf(v);
        case TO_BIG_INTEGER:
          return v instanceof BigDecimal
              ? ((BigDecimal) v).toBigInteger()
              : BigInteger.valueOf(((Number) v).longValue());
        case TO_BIG_DECIMAL:
          return v instanceof Double || v instanceof Float
              ? BigDecimal.valueOf(((Number) v).doubleValue())
              : v instanceof BigInteger
                  ? new BigDecimal((BigInteger) v)
                  : BigDecimal.valueOf(((Number) v).longValue());
        case TO_YEAR:
          return Year.from(date(v));
        case TO_YEAR_MONTH:
          return YearMonth.from(date(v));
        case TO_MONTH_DAY:
          return MonthDay.from(date(v));
        case TO_OFFSET_TIME:
          return ((OffsetDateTime) v).toOffsetTime();
        case TO_DURATION:
          return Duration.ofSeconds(((Number) v).longValue());
        case TO_PERIOD:
          return Period.ofDays(((Number) v).intValue());
        case TO_URI:
          return URI.create((String) v);
        case TO_URL:
          try {
            return URI.create((String) v).toURL();
          } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException(where + ": '" + v + "' is not a URL", e);
          }
        default:
          if (v != null && !target.isInstance(v)) {
            throw new IllegalArgumentException(
                where
                    + ": the provider returned "
                    + v.getClass().getName()
                    + ", which does not fit "
                    + target.getName());
          }
          return v;
      }
    }

    private static LocalDate date(Object v) {
      return v instanceof LocalDateTime ? ((LocalDateTime) v).toLocalDate() : (LocalDate) v;
    }

    @Override
    public String toString() {
      return gen + " as " + target.getSimpleName();
    }
  }

  /** Rejects an int range that a narrower component type cannot hold, instead of wrapping. */
  private static void fitsRange(Generator gen, int min, int max, String type, String where) {
    if (!(gen instanceof NumberProviders.Ints)) {
      throw new IllegalArgumentException(
          where + ": only an int range can fill a " + type + ", got " + gen);
    }
    NumberProviders.Ints ints = (NumberProviders.Ints) gen;
    if (ints.min() < min || ints.max() > max) {
      throw new IllegalArgumentException(
          where
              + ": "
              + gen
              + " does not fit a "
              + type
              + ", whose values are "
              + min
              + ".."
              + max
              + "; narrow the range or widen the component type");
    }
  }
}
