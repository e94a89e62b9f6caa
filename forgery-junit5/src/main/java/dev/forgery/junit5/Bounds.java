package dev.forgery.junit5;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import java.util.function.Function;

/**
 * What {@code @Forged(min, max)} means for one type: how a bound is read, the defaults of a missing
 * one, and the arguments the range becomes for the provider that draws the values.
 *
 * <p>Every bound is held as a number on its type's own scale (the number itself, epoch days, epoch
 * seconds, seconds of the day, a length), so that defaults, a moved default and the {@code min <=
 * max} check are one piece of arithmetic for every type.
 */
final class Bounds {
  /** What {@code min} and {@code max} are refused on, for messages. */
  static final String RANGED =
      "numbers, BigDecimal, BigInteger, LocalDate, LocalDateTime, Instant, OffsetDateTime,"
          + " ZonedDateTime, LocalTime, Date, Duration, Year, YearMonth and the length of a String";

  private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);
  private static final LocalDate DATE_START = LocalDate.of(1970, 1, 1);
  private static final LocalDate DATE_END = LocalDate.of(2030, 12, 31);

  private static final Kind DATE_TIME =
      new Kind(
          LocalDateTime.class,
          "dateTime",
          seconds(LocalDateTime.MIN.toLocalDate()),
          seconds(LocalDateTime.MAX.toLocalDate()).add(SECONDS_PER_DAY).subtract(BigDecimal.ONE),
          seconds(DATE_START),
          seconds(DATE_END).add(SECONDS_PER_DAY).subtract(BigDecimal.ONE),
          false,
          v -> toTheSecond(((LocalDateTime) v).toEpochSecond(ZoneOffset.UTC), v),
          p -> LocalDateTime.ofEpochSecond(p.longValueExact(), 0, ZoneOffset.UTC));

  private static final Map<Class<?>, Kind> KINDS =
      Map.ofEntries(
          Map.entry(
              Integer.class, whole(Integer.class, "integer", Integer.MIN_VALUE, Integer.MAX_VALUE)),
          Map.entry(Short.class, whole(Short.class, "integer", Short.MIN_VALUE, Short.MAX_VALUE)),
          Map.entry(Byte.class, whole(Byte.class, "integer", Byte.MIN_VALUE, Byte.MAX_VALUE)),
          Map.entry(Long.class, whole(Long.class, "longValue", Long.MIN_VALUE, Long.MAX_VALUE)),
          Map.entry(Double.class, real(Double.class, Double.MAX_VALUE)),
          Map.entry(Float.class, real(Float.class, Float.MAX_VALUE)),
          Map.entry(
              BigDecimal.class,
              new Kind(
                  BigDecimal.class,
                  "decimal",
                  null,
                  null,
                  BigDecimal.ZERO,
                  BigDecimal.valueOf(100),
                  false,
                  v -> (BigDecimal) v,
                  p -> p)),
          Map.entry(
              LocalDate.class,
              new Kind(
                  LocalDate.class,
                  "date",
                  BigDecimal.valueOf(LocalDate.MIN.toEpochDay()),
                  BigDecimal.valueOf(LocalDate.MAX.toEpochDay()),
                  BigDecimal.valueOf(DATE_START.toEpochDay()),
                  BigDecimal.valueOf(DATE_END.toEpochDay()),
                  false,
                  v -> BigDecimal.valueOf(((LocalDate) v).toEpochDay()),
                  p -> LocalDate.ofEpochDay(p.longValueExact()))),
          Map.entry(LocalDateTime.class, DATE_TIME),
          Map.entry(
              Instant.class,
              DATE_TIME.with(
                  Instant.class, "instant", v -> toTheSecond(((Instant) v).getEpochSecond(), v))),
          Map.entry(OffsetDateTime.class, DATE_TIME.with(LocalDateTime.class, "offsetDateTime")),
          Map.entry(ZonedDateTime.class, DATE_TIME.with(LocalDateTime.class, "zonedDateTime")),
          Map.entry(
              LocalTime.class,
              new Kind(
                  LocalTime.class,
                  "localTime",
                  BigDecimal.ZERO,
                  SECONDS_PER_DAY.subtract(BigDecimal.ONE),
                  BigDecimal.ZERO,
                  SECONDS_PER_DAY.subtract(BigDecimal.ONE),
                  false,
                  v -> toTheSecond(((LocalTime) v).toSecondOfDay(), v),
                  p -> LocalTime.ofSecondOfDay(p.longValueExact()))),
          Map.entry(
              BigInteger.class,
              new Kind(
                  BigInteger.class,
                  "longValue",
                  BigDecimal.valueOf(Long.MIN_VALUE),
                  BigDecimal.valueOf(Long.MAX_VALUE),
                  BigDecimal.ZERO,
                  BigDecimal.valueOf(100),
                  false,
                  v -> new BigDecimal((BigInteger) v),
                  BigDecimal::longValueExact,
                  v -> BigInteger.valueOf((Long) v))),
          Map.entry(
              Date.class,
              new Kind(
                  Date.class,
                  "instant",
                  DATE_TIME.lowest(),
                  DATE_TIME.highest(),
                  DATE_TIME.defaultMin(),
                  DATE_TIME.defaultMax(),
                  false,
                  v -> toTheSecond(((Date) v).toInstant().getEpochSecond(), v),
                  DATE_TIME.argument(),
                  v -> Date.from((Instant) v))),
          Map.entry(
              Duration.class,
              new Kind(
                  Duration.class,
                  "longValue",
                  BigDecimal.valueOf(Long.MIN_VALUE),
                  BigDecimal.valueOf(Long.MAX_VALUE),
                  BigDecimal.ZERO,
                  SECONDS_PER_DAY.subtract(BigDecimal.ONE),
                  false,
                  v -> toTheSecond(((Duration) v).getSeconds(), v),
                  BigDecimal::longValueExact,
                  v -> Duration.ofSeconds((Long) v))),
          Map.entry(
              Year.class,
              new Kind(
                  Year.class,
                  "integer",
                  BigDecimal.valueOf(Year.MIN_VALUE),
                  BigDecimal.valueOf(Year.MAX_VALUE),
                  BigDecimal.valueOf(DATE_START.getYear()),
                  BigDecimal.valueOf(DATE_END.getYear()),
                  false,
                  v -> BigDecimal.valueOf(((Year) v).getValue()),
                  BigDecimal::intValueExact,
                  v -> Year.of((Integer) v))),
          Map.entry(
              YearMonth.class,
              new Kind(
                  YearMonth.class,
                  "longValue",
                  months(YearMonth.of(Year.MIN_VALUE, 1)),
                  months(YearMonth.of(Year.MAX_VALUE, 12)),
                  months(YearMonth.from(DATE_START)),
                  months(YearMonth.from(DATE_END)),
                  false,
                  v -> months((YearMonth) v),
                  BigDecimal::longValueExact,
                  v -> YearMonth.of(0, 1).plusMonths((Long) v))),
          Map.entry(
              String.class,
              new Kind(
                  Integer.class,
                  null,
                  BigDecimal.ZERO,
                  BigDecimal.valueOf(Integer.MAX_VALUE),
                  BigDecimal.ONE,
                  BigDecimal.TEN,
                  false,
                  v -> BigDecimal.valueOf((Integer) v),
                  BigDecimal::intValueExact)));

  private Bounds() {}

  /**
   * How one type reads bounds.
   *
   * @param textType the type the text of a bound is read as ({@link TextValues})
   * @param provider the provider that draws uniform values of the type; {@code null} for lengths
   * @param lowest the smallest bound the type allows; {@code null} if unbounded
   * @param highest the largest bound the type allows; {@code null} if unbounded
   * @param defaultMin the lower end when {@code min} is missing
   * @param defaultMax the upper end when {@code max} is missing
   * @param halfOpen whether {@code max} is excluded (floating types), so {@code min < max}
   * @param position a value read from text to its number
   * @param argument a number back to the provider's argument
   * @param made the provider's value as the type's own ({@code Duration} from seconds); the
   *     identity for a type the provider gives
   */
  record Kind(
      Class<?> textType,
      String provider,
      BigDecimal lowest,
      BigDecimal highest,
      BigDecimal defaultMin,
      BigDecimal defaultMax,
      boolean halfOpen,
      Function<Object, BigDecimal> position,
      Function<BigDecimal, Object> argument,
      Function<Object, Object> made) {

    /** A kind whose provider gives the type's own values. */
    Kind(
        Class<?> textType,
        String provider,
        BigDecimal lowest,
        BigDecimal highest,
        BigDecimal defaultMin,
        BigDecimal defaultMax,
        boolean halfOpen,
        Function<Object, BigDecimal> position,
        Function<BigDecimal, Object> argument) {
      this(
          textType,
          provider,
          lowest,
          highest,
          defaultMin,
          defaultMax,
          halfOpen,
          position,
          argument,
          Function.identity());
    }

    /** This kind read as another type and drawn by another provider. */
    Kind with(Class<?> text, String drawnBy) {
      return with(text, drawnBy, position);
    }

    /** This kind read as another type, drawn by another provider, placed by another function. */
    Kind with(Class<?> text, String drawnBy, Function<Object, BigDecimal> placed) {
      return new Kind(
          text, drawnBy, lowest, highest, defaultMin, defaultMax, halfOpen, placed, argument, made);
    }

    /** Whether this kind bounds the length of strings. */
    boolean lengths() {
      return provider == null;
    }

    /** What a bound must be, for messages. */
    String expected(Class<?> type) {
      if (lengths()) {
        return "a whole number from 0 to "
            + Integer.MAX_VALUE
            + ": min and max bound a String's length";
      }
      if (textType == BigInteger.class) {
        return "a whole number from "
            + Long.MIN_VALUE
            + " to "
            + Long.MAX_VALUE
            + ": a BigInteger is drawn between bounds that fit a long";
      }
      String text = TextValues.expected(textType);
      if (type == OffsetDateTime.class || type == ZonedDateTime.class) {
        text += ", whose values get a random offset";
      }
      boolean toTheSecond =
          textType == LocalDateTime.class
              || textType == Instant.class
              || textType == LocalTime.class
              || textType == Date.class
              || textType == Duration.class;
      return toTheSecond ? text + ", to the second" : text;
    }
  }

  /**
   * A checked range.
   *
   * @param kind how its type reads bounds
   * @param min the lower end, on the kind's scale
   * @param max the upper end, on the kind's scale
   * @param scale for {@code BigDecimal}, the larger scale of the bounds as written; else 0
   */
  record Range(Kind kind, BigDecimal min, BigDecimal max, int scale) {
    /**
     * The range as the arguments of a provider: {@code min, max}, and the scale for {@code
     * decimal}.
     *
     * @param provider the canonical name of the provider
     * @return the arguments
     */
    Object[] arguments(String provider) {
      Object low = kind.argument().apply(min);
      Object high = kind.argument().apply(max);
      return provider.equals("decimal")
          ? new Object[] {low, high, scale}
          : new Object[] {low, high};
    }

    /**
     * Describes the range for messages, e.g. {@code 1..6} or {@code [0.5, 30)}.
     *
     * @return the text
     */
    String text() {
      Object low = kind.argument().apply(min);
      Object high = kind.argument().apply(max);
      return kind.halfOpen() ? "[" + low + ", " + high + ")" : low + ".." + high;
    }
  }

  /**
   * Returns how bounds are read for values of {@code type}.
   *
   * @param type a boxed value type
   * @return the kind, or {@code null} if values of the type have no range
   */
  static Kind kind(Class<?> type) {
    return KINDS.get(type);
  }

  /**
   * Reads the bounds of a target, fills in a missing one and checks that the range is not empty.
   *
   * @param target the parameter or field, for messages
   * @param kind how its type reads bounds
   * @param type the type the values have, for messages
   * @return the range
   * @throws org.junit.jupiter.api.extension.ParameterResolutionException if a bound does not read
   *     as the type or fit it, or the range is empty
   */
  static Range range(Forger.Target target, Kind kind, Class<?> type) {
    String minText = target.forged().min();
    String maxText = target.forged().max();
    BigDecimal min = minText.isBlank() ? null : read(target, kind, type, "min", minText);
    BigDecimal max = maxText.isBlank() ? null : read(target, kind, type, "max", maxText);
    BigDecimal width = kind.defaultMax().subtract(kind.defaultMin());
    if (min == null) {
      min = kind.defaultMin();
      if (!fits(kind, min, max)) {
        min = clamp(kind, max.subtract(width));
      }
    } else if (max == null) {
      max = kind.defaultMax();
      if (!fits(kind, min, max)) {
        max = clamp(kind, min.add(width));
      }
    }
    if (!fits(kind, min, max)) {
      throw Forger.fail(
          target,
          kind.halfOpen()
              ? "min = \""
                  + minText
                  + "\" must be less than max = \""
                  + maxText
                  + "\": "
                  + type.getSimpleName()
                  + " values are drawn from [min, max)"
              : "min = \"" + minText + "\" is greater than max = \"" + maxText + "\"",
          "Swap them, or widen the range.");
    }
    int scale = Math.max(0, Math.max(scale(minText), scale(maxText)));
    return new Range(kind, min, max, kind.textType() == BigDecimal.class ? scale : 0);
  }

  private static BigDecimal read(
      Forger.Target target, Kind kind, Class<?> type, String which, String text) {
    BigDecimal position;
    try {
      position = kind.position().apply(TextValues.read(text, kind.textType()));
    } catch (IllegalArgumentException e) {
      throw badBound(target, kind, type, which, text);
    }
    if ((kind.lowest() != null && position.compareTo(kind.lowest()) < 0)
        || (kind.highest() != null && position.compareTo(kind.highest()) > 0)) {
      throw badBound(target, kind, type, which, text);
    }
    return position;
  }

  private static RuntimeException badBound(
      Forger.Target target, Kind kind, Class<?> type, String which, String text) {
    return Forger.fail(
        target,
        which
            + " = \""
            + text
            + "\" is not a valid "
            + (kind.lengths() ? "length" : type.getSimpleName() + " bound"),
        "Write " + kind.expected(type) + ".");
  }

  private static boolean fits(Kind kind, BigDecimal min, BigDecimal max) {
    int order = min.compareTo(max);
    return kind.halfOpen() ? order < 0 : order <= 0;
  }

  private static BigDecimal clamp(Kind kind, BigDecimal value) {
    if (kind.lowest() != null && value.compareTo(kind.lowest()) < 0) {
      return kind.lowest();
    }
    if (kind.highest() != null && value.compareTo(kind.highest()) > 0) {
      return kind.highest();
    }
    return value;
  }

  /** The scale of a number as written, or 0 for text that is not one (a missing bound). */
  private static int scale(String text) {
    try {
      return new BigDecimal(text.strip()).scale();
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static Kind whole(Class<?> type, String provider, long lowest, long highest) {
    return new Kind(
        type,
        provider,
        BigDecimal.valueOf(lowest),
        BigDecimal.valueOf(highest),
        BigDecimal.ZERO,
        BigDecimal.valueOf(100),
        false,
        v -> BigDecimal.valueOf(((Number) v).longValue()),
        BigDecimal::longValueExact);
  }

  private static Kind real(Class<?> type, double highest) {
    return new Kind(
        type,
        "doubleValue",
        BigDecimal.valueOf(-highest),
        BigDecimal.valueOf(highest),
        BigDecimal.ZERO,
        BigDecimal.ONE,
        true,
        // A float bound is the float as written, widened: values rounded down to float stay in it.
        v -> new BigDecimal(Double.toString(((Number) v).doubleValue())),
        BigDecimal::doubleValue);
  }

  private static BigDecimal seconds(LocalDate date) {
    return BigDecimal.valueOf(date.toEpochDay()).multiply(SECONDS_PER_DAY);
  }

  /** Months since the year 0 began: a year and month as one number. */
  private static BigDecimal months(YearMonth month) {
    return BigDecimal.valueOf(month.getYear() * 12L + month.getMonthValue() - 1);
  }

  /**
   * A date-time, time or duration as its whole seconds; a bound with a fraction of a second is
   * refused.
   */
  private static BigDecimal toTheSecond(long seconds, Object value) {
    boolean fraction =
        (value instanceof LocalDateTime && ((LocalDateTime) value).getNano() != 0)
            || (value instanceof Instant && ((Instant) value).getNano() != 0)
            || (value instanceof LocalTime && ((LocalTime) value).getNano() != 0)
            || (value instanceof Date && ((Date) value).getTime() % 1000 != 0)
            || (value instanceof Duration && ((Duration) value).getNano() != 0);
    if (fraction) {
      throw new IllegalArgumentException("values are drawn to the second");
    }
    return BigDecimal.valueOf(seconds);
  }
}
