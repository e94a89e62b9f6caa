package dev.forgery.internal.engine;

import dev.forgery.internal.Suggestions;
import dev.forgery.internal.provider.numbers.NumberProviders;
import dev.forgery.internal.random.RandomSource;
import dev.forgery.internal.registry.Generator;
import dev.forgery.internal.registry.Inference;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Currency;
import java.util.Date;
import java.util.Locale;

/**
 * How a provider's values are adapted to the type of the record component they fill: an int range
 * into a {@code long}, {@code short} or {@code byte}, a number into a {@code double} or {@code
 * float}, anything into a {@code String}, the types made from another provider's values ({@code
 * BigInteger}, {@code Year}, {@code YearMonth}, {@code MonthDay}, {@code OffsetTime}, {@code
 * Duration}, {@code Period}, {@code URI}, {@code URL}, {@code char}, {@code ZoneId}, {@code
 * ZoneOffset}, {@code Date}, {@code Locale}, {@code Currency}), and a custom provider's values
 * checked against the component type. Decided once per component, when the record type is analysed;
 * a component whose type the values already fit keeps the provider's generator itself, with its
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
    TO_CHARACTER,
    TO_ZONE_ID,
    TO_ZONE_OFFSET,
    TO_DATE,
    TO_LOCALE,
    TO_CURRENCY,
    TO_ENUM,
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
    Converted converted = new Converted(gen, convert, target, where);
    if (VALID.containsKey(convert) || convert == Convert.TO_ENUM) {
      converted.checkDomain();
    }
    return converted;
  }

  /**
   * The conversions to types that have no provider of their own but are made from one that does:
   * {@code BigInteger} and {@code BigDecimal} from numbers, {@code Year}, {@code YearMonth} and
   * {@code MonthDay} from a date, {@code OffsetTime} from an {@code OffsetDateTime}, {@code
   * Duration} from a number of seconds and {@code Period} from a number of days, {@code URI} and
   * {@code URL} from a URL's text, {@code char} from a one-character string, {@code ZoneId}, {@code
   * Locale} and {@code Currency} from their ids ({@code Europe/Paris}, {@code fr-CA}, {@code EUR}),
   * {@code ZoneOffset} from an offset date-time or its text ({@code +05:30}), {@code Date} from an
   * instant, an enum from its constants' names (exactly as declared).
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
    return fromTextOrTime(produced, target);
  }

  /**
   * The conversions to {@code char} and the {@code java.time} and {@code java.util} value types.
   */
  private static Convert fromTextOrTime(Class<?> produced, Class<?> target) {
    boolean text = produced == String.class;
    boolean offsetTime = produced == OffsetDateTime.class || produced == ZonedDateTime.class;
    if (target.isEnum() && text) {
      return Convert.TO_ENUM;
    } else if (target == Character.class && text) {
      return Convert.TO_CHARACTER;
    } else if (target == ZoneId.class && text) {
      return Convert.TO_ZONE_ID;
    } else if (target == ZoneOffset.class && (text || offsetTime)) {
      return Convert.TO_ZONE_OFFSET;
    } else if (target == Date.class && (produced == Instant.class || offsetTime)) {
      return Convert.TO_DATE;
    } else if (target == Locale.class && text) {
      return Convert.TO_LOCALE;
    } else if (target == Currency.class && text) {
      return Convert.TO_CURRENCY;
    }
    return null;
  }

  /** A provider's generator whose values are converted to a component type as they are drawn. */
  static final class Converted extends Generator {
    private final Generator gen;
    private final Convert convert;
    private final Class<?> target;
    private final String where;

    /** The target enum's constants, read once ({@code getEnumConstants} copies them), or null. */
    private final Object[] constants;

    Converted(Generator gen, Convert convert, Class<?> target, String where) {
      this.gen = gen;
      this.convert = convert;
      this.target = target;
      this.where = where;
      this.constants = convert == Convert.TO_ENUM ? target.getEnumConstants() : null;
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

    /**
     * The provider's number of values where the conversion keeps them apart; unknown where it may
     * make one of several (a {@code YearMonth} of a date, a {@code float} of a double), so that
     * uniqueness does not count on values that are not there.
     */
    @Override
    public long domainSize() {
      switch (convert) {
        case TO_FLOAT:
        case TO_SHORT:
        case TO_BYTE:
        case TO_BIG_INTEGER:
        case TO_YEAR:
        case TO_YEAR_MONTH:
        case TO_MONTH_DAY:
        case TO_OFFSET_TIME:
        case TO_ZONE_OFFSET:
          return -1;
        default:
          return gen.domainSize();
      }
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
        case TO_CHARACTER:
        case TO_ZONE_ID:
        case TO_ZONE_OFFSET:
        case TO_LOCALE:
        case TO_CURRENCY:
          return v instanceof String ? parse((String) v) : ((OffsetDateTime) offset(v)).getOffset();
        case TO_ENUM:
          return constant((String) v);
        case TO_DATE:
          return Date.from(
              v instanceof Instant ? (Instant) v : ((OffsetDateTime) offset(v)).toInstant());
        default:
          if (v != null && !target.isInstance(v)) {
            throw misfit(v);
          }
          return v;
      }
    }

    /**
     * Converts every value of a small known domain (an override's constants, a table) once, so that
     * text which is not a value of the target type fails when the override is declared, not at the
     * row that first draws it.
     */
    void checkDomain() {
      long size = gen.domainSize();
      if (size > 0 && size <= CHECKED_DOMAIN) {
        for (long i = 0; i < size; i++) {
          convert(gen.valueAt(i));
        }
      }
    }

    /**
     * The error for a value of a function or custom provider that does not fit. Such values are
     * checked as they are drawn, not when the schema is planned: their type is known only by
     * running the function, and a draw made to learn it could have effects the caller sees (a
     * counter the function increments, another faker it draws from).
     */
    private IllegalArgumentException misfit(Object v) {
      String text = String.valueOf(v);
      return new IllegalArgumentException(
          where
              + ": its function or custom provider returned '"
              + (text.length() > 40 ? text.substring(0, 37) + "..." : text)
              + "' ("
              + v.getClass().getName()
              + "), which is not a "
              + target.getName()
              + "; make it return "
              + target.getSimpleName()
              + " values, or override the property with a provider of them (a function's values"
              + " are checked as they are drawn, since running it to learn its type could change"
              + " what it or the fakers it uses give next)");
    }

    /**
     * The constant of the target enum named {@code name} exactly, or an error that lists the
     * constants and the closest names.
     */
    private Object constant(String name) {
      for (Object constant : constants) {
        if (((Enum<?>) constant).name().equals(name)) {
          return constant;
        }
      }
      java.util.List<String> names = new java.util.ArrayList<>();
      for (Object constant : constants) {
        names.add(((Enum<?>) constant).name());
      }
      throw new IllegalArgumentException(
          where
              + ": '"
              + name
              + "' is not a constant of "
              + target.getName()
              + Suggestions.closest(name, names)
              + "; its constants are "
              + names);
    }

    private static Object offset(Object v) {
      return v instanceof ZonedDateTime ? ((ZonedDateTime) v).toOffsetDateTime() : v;
    }

    /** Reads a value's text as the target type, or fails naming the value and what is valid. */
    private Object parse(String v) {
      try {
        switch (convert) {
          case TO_CHARACTER:
            if (v.length() != 1) {
              throw new IllegalArgumentException("a char holds one character");
            }
            return v.charAt(0);
          case TO_ZONE_ID:
            return ZoneId.of(v);
          case TO_ZONE_OFFSET:
            return ZoneOffset.of(v);
          case TO_LOCALE:
            Locale locale = Locale.forLanguageTag(v);
            if (locale.getLanguage().isEmpty()) {
              throw new IllegalArgumentException("not a language tag");
            }
            return locale;
          default:
            return Currency.getInstance(v);
        }
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(
            where
                + ": the value '"
                + v
                + "' is not a "
                + target.getSimpleName()
                + " ("
                + e.getMessage()
                + "); valid are "
                + VALID.get(convert),
            e);
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

  /** The largest domain whose values are all converted when a conversion is decided. */
  private static final int CHECKED_DOMAIN = 10_000;

  /** What a value's text must look like, by conversion, for messages. */
  private static final java.util.Map<Convert, String> VALID =
      java.util.Map.of(
          Convert.TO_CHARACTER, "strings of exactly one character",
          Convert.TO_ZONE_ID, "region ids such as Europe/Paris and offsets such as +01:00",
          Convert.TO_ZONE_OFFSET, "offsets from -18:00 to +18:00 such as +05:30 or Z",
          Convert.TO_LOCALE, "BCP 47 language tags such as fr-CA",
          Convert.TO_CURRENCY, "ISO 4217 codes such as EUR");

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
