package dev.forgery.junit5;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Currency;
import java.util.Date;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.UUID;

/**
 * Reads the text of {@code @Forged(min, max, oneOf)} as a value of the declared type, one reading
 * per type, so that a bound and a choice written alike mean the same value. Annotation values can
 * only be strings; this is where they become numbers, dates and constants.
 */
final class TextValues {
  private TextValues() {}

  /**
   * Reads {@code text} as a value of {@code type}.
   *
   * @param text the text as written in the annotation
   * @param type a boxed type that {@link #readable(Class)} accepts
   * @return the value
   * @throws IllegalArgumentException if the text does not read as that type; {@link
   *     #expected(Class)} says what would
   */
  static Object read(String text, Class<?> type) {
    String t = text.strip();
    try {
      if (type == String.class) {
        return text;
      } else if (type == Integer.class) {
        return Integer.valueOf(t);
      } else if (type == Long.class) {
        return Long.valueOf(t);
      } else if (type == Short.class) {
        return Short.valueOf(t);
      } else if (type == Byte.class) {
        return Byte.valueOf(t);
      } else if (type == Double.class) {
        return representable(Double.parseDouble(t), t);
      } else if (type == Float.class) {
        float f = Float.parseFloat(t);
        representable(f, t);
        return f;
      } else if (type == BigDecimal.class) {
        return new BigDecimal(t);
      } else if (type == Boolean.class) {
        return bool(t);
      } else if (type == LocalDate.class) {
        return LocalDate.parse(t);
      } else if (type == LocalDateTime.class) {
        return dateTime(t);
      } else if (type == LocalTime.class) {
        return LocalTime.parse(t);
      } else if (type == Instant.class) {
        return t.endsWith("Z") || t.endsWith("z")
            ? Instant.parse(t.toUpperCase(Locale.ROOT))
            : dateTime(t).toInstant(ZoneOffset.UTC);
      } else if (type == OffsetDateTime.class) {
        return OffsetDateTime.parse(t);
      } else if (type == ZonedDateTime.class) {
        return ZonedDateTime.parse(t);
      } else if (type == UUID.class) {
        return uuid(t);
      }
      Object value = valueType(t, type);
      return value != null ? value : constant(t, type);
    } catch (NumberFormatException | DateTimeException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /**
   * Reads the value types forgery-core makes from other providers' values, or returns {@code null}
   * for any other type. Each reads as it prints ({@code toString}), so a value copied from a report
   * reads back as itself.
   */
  private static Object valueType(String t, Class<?> type) {
    if (type == Character.class) {
      if (t.length() != 1) {
        throw new IllegalArgumentException("not one character: \"" + t + "\"");
      }
      return t.charAt(0);
    } else if (type == BigInteger.class) {
      return new BigInteger(t);
    } else if (type == ZoneId.class) {
      return ZoneId.of(t);
    } else if (type == ZoneOffset.class) {
      return ZoneOffset.of(t);
    } else if (type == Duration.class) {
      return Duration.parse(t);
    } else if (type == Period.class) {
      return Period.parse(t);
    } else if (type == Year.class) {
      return Year.parse(t);
    } else if (type == YearMonth.class) {
      return YearMonth.parse(t);
    } else if (type == MonthDay.class) {
      return MonthDay.parse(t);
    } else if (type == OffsetTime.class) {
      return OffsetTime.parse(t);
    } else if (type == Date.class) {
      return Date.from((Instant) read(t, Instant.class));
    } else if (type == Locale.class) {
      return locale(t);
    } else if (type == Currency.class) {
      return Currency.getInstance(t);
    } else if (type == URI.class) {
      return uri(t);
    } else if (type == URL.class) {
      return url(t);
    }
    return null;
  }

  /** A language tag ({@code fr-CA}) or a locale as it prints ({@code fr_CA}), well-formed. */
  private static Locale locale(String t) {
    try {
      return new Locale.Builder().setLanguageTag(t.replace('_', '-')).build();
    } catch (IllformedLocaleException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private static URI uri(String t) {
    try {
      return new URI(t);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private static URL url(String t) {
    try {
      return uri(t).toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /**
   * Whether {@link #read} reads text as {@code type}.
   *
   * @param type a boxed type
   * @return whether text can be read as it
   */
  static boolean readable(Class<?> type) {
    return type.isEnum() || !expected(type).isEmpty();
  }

  /**
   * Describes the text that reads as {@code type}, for messages.
   *
   * @param type a boxed type
   * @return e.g. {@code a whole number from -128 to 127 (byte)}; empty if none reads as it
   */
  static String expected(Class<?> type) {
    if (type.isEnum()) {
      return "the name of a constant of "
          + type.getSimpleName()
          + ": "
          + Arrays.toString(type.getEnumConstants());
    }
    if (type == String.class) {
      return "any text";
    } else if (type == Integer.class) {
      return wholeNumber(Integer.MIN_VALUE, Integer.MAX_VALUE, "int");
    } else if (type == Long.class) {
      return wholeNumber(Long.MIN_VALUE, Long.MAX_VALUE, "long");
    } else if (type == Short.class) {
      return wholeNumber(Short.MIN_VALUE, Short.MAX_VALUE, "short");
    } else if (type == Byte.class) {
      return wholeNumber(Byte.MIN_VALUE, Byte.MAX_VALUE, "byte");
    } else if (type == Double.class) {
      return "a finite number such as \"0.5\" (double: zero, or between 4.9E-324 and"
          + " 1.7976931348623157E308 from it)";
    } else if (type == Float.class) {
      return "a finite number such as \"0.5\" (float: zero, or between 1.4E-45 and"
          + " 3.4028235E38 from it)";
    } else if (type == BigDecimal.class) {
      return "a number such as \"9.99\" (BigDecimal)";
    } else if (type == Boolean.class) {
      return "\"true\" or \"false\"";
    } else if (type == LocalDate.class) {
      return "an ISO date such as \"2020-01-01\"";
    } else if (type == LocalDateTime.class) {
      return "an ISO date-time such as \"2020-01-01T09:30\", or a date for its start";
    } else if (type == LocalTime.class) {
      return "an ISO time such as \"09:30\"";
    } else if (type == Instant.class) {
      return "an instant such as \"2020-01-01T09:30:00Z\", or a date-time or date read in UTC";
    } else if (type == OffsetDateTime.class) {
      return "an ISO date-time with an offset such as \"2020-01-01T09:30+02:00\"";
    } else if (type == ZonedDateTime.class) {
      return "an ISO date-time with a zone such as \"2020-01-01T09:30+01:00[Europe/Paris]\"";
    } else if (type == UUID.class) {
      return "a UUID such as \"123e4567-e89b-42d3-a456-426614174000\"";
    } else if (type == Character.class) {
      return "one character such as \"x\"";
    } else if (type == BigInteger.class) {
      return "a whole number such as \"-42\" (BigInteger)";
    } else if (type == ZoneId.class) {
      return "a time-zone id such as \"Europe/Paris\" or an offset such as \"+02:00\"";
    } else if (type == ZoneOffset.class) {
      return "an offset such as \"+05:30\" or \"Z\"";
    } else if (type == Duration.class) {
      return "an ISO duration such as \"PT1H30M\"";
    } else if (type == Period.class) {
      return "an ISO period such as \"P1Y2M3D\"";
    } else if (type == Year.class) {
      return "a year such as \"2024\"";
    } else if (type == YearMonth.class) {
      return "a year and month such as \"2024-05\"";
    } else if (type == MonthDay.class) {
      return "a month and day such as \"--12-25\"";
    } else if (type == OffsetTime.class) {
      return "an ISO time with an offset such as \"09:30+02:00\"";
    } else if (type == Date.class) {
      return "an instant such as \"2020-01-01T09:30:00Z\", or a date-time or date read in UTC";
    } else if (type == Locale.class) {
      return "a language tag such as \"fr-CA\" (or \"fr_CA\")";
    } else if (type == Currency.class) {
      return "an ISO 4217 currency code such as \"EUR\"";
    } else if (type == URI.class) {
      return "a URI such as \"https://example.com/a\"";
    } else if (type == URL.class) {
      return "an absolute URL such as \"https://example.com/a\"";
    }
    return "";
  }

  private static String wholeNumber(long min, long max, String type) {
    return "a whole number from " + min + " to " + max + " (" + type + ")";
  }

  /**
   * Refuses a number the type cannot hold: beyond its largest value (read as infinite), or so close
   * to zero that it reads as zero though the text is not.
   */
  private static double representable(double d, String text) {
    if (!Double.isFinite(d)) {
      throw new IllegalArgumentException("not finite: " + d);
    }
    if (d == 0 && nonZero(text)) {
      throw new IllegalArgumentException("too close to zero to be told from it: " + text);
    }
    return d;
  }

  /** Whether a number's text is decimal and not zero (hexadecimal text is taken as written). */
  private static boolean nonZero(String text) {
    String t =
        text.endsWith("d") || text.endsWith("D") || text.endsWith("f") || text.endsWith("F")
            ? text.substring(0, text.length() - 1)
            : text;
    try {
      return new BigDecimal(t).signum() != 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static Boolean bool(String t) {
    if (t.equalsIgnoreCase("true")) {
      return Boolean.TRUE;
    }
    if (t.equalsIgnoreCase("false")) {
      return Boolean.FALSE;
    }
    throw new IllegalArgumentException("not a boolean: " + t);
  }

  private static LocalDateTime dateTime(String t) {
    return t.length() <= 10 ? LocalDate.parse(t).atStartOfDay() : LocalDateTime.parse(t);
  }

  private static UUID uuid(String t) {
    UUID uuid = UUID.fromString(t);
    // fromString accepts short groups ("1-2-3-4-5"); only the canonical 36 characters are meant.
    if (!uuid.toString().equalsIgnoreCase(t)) {
      throw new IllegalArgumentException("not a canonical UUID: " + t);
    }
    return uuid;
  }

  private static Object constant(String t, Class<?> type) {
    for (Object constant : type.getEnumConstants()) {
      if (((Enum<?>) constant).name().equals(t)) {
        return constant;
      }
    }
    throw new IllegalArgumentException("no constant " + t);
  }
}
