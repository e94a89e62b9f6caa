package dev.forgery.internal.provider.datetime;

import dev.forgery.internal.random.RandomSource;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Uniform dates and date-times between inclusive bounds, independent of clock and time zone. */
public final class Dates {
  /** The first day of the default window of {@code date()}. */
  public static final LocalDate DEFAULT_START = LocalDate.of(1970, 1, 1);

  /** The last day of the default window of {@code date()}. */
  public static final LocalDate DEFAULT_END = LocalDate.of(2030, 12, 31);

  /** The first second of the default window of {@code dateTime()}. */
  public static final LocalDateTime DEFAULT_START_TIME = DEFAULT_START.atStartOfDay();

  /** The last second of the default window of {@code dateTime()}. */
  public static final LocalDateTime DEFAULT_END_TIME = DEFAULT_END.atTime(23, 59, 59);

  private Dates() {}

  /**
   * Draws a day between two epoch days, both inclusive, uniformly.
   *
   * @param random consumes one value (rarely more: unbiased rejection)
   * @param first the first epoch day
   * @param last the last epoch day, {@code >= first}
   * @return the date
   */
  public static LocalDate date(RandomSource random, long first, long last) {
    return LocalDate.ofEpochDay(first + uniform(random, last - first + 1));
  }

  /**
   * Draws a date-time with whole seconds between two epoch seconds (UTC arithmetic, no zone).
   *
   * @param random consumes one value (rarely more)
   * @param first the first epoch second
   * @param last the last epoch second, {@code >= first}
   * @return the date-time
   */
  public static LocalDateTime dateTime(RandomSource random, long first, long last) {
    return LocalDateTime.ofEpochSecond(
        first + uniform(random, last - first + 1), 0, ZoneOffset.UTC);
  }

  /**
   * Draws an epoch second between two, both inclusive, uniformly.
   *
   * @param random consumes one value (rarely more)
   * @param first the first epoch second
   * @param last the last epoch second, {@code >= first}
   * @return the second
   */
  public static long second(RandomSource random, long first, long last) {
    return first + uniform(random, last - first + 1);
  }

  /**
   * The UTC offsets in use somewhere in the world, from the IANA time-zone database as of 2025,
   * kept here so that values never change with the JDK's time-zone data. Every offset is equally
   * likely.
   */
  private static final ZoneOffset[] OFFSETS =
      offsets(
          "-12:00", "-11:00", "-10:00", "-09:30", "-09:00", "-08:00", "-07:00", "-06:00", "-05:00",
          "-04:00", "-03:30", "-03:00", "-02:00", "-01:00", "+00:00", "+01:00", "+02:00", "+03:00",
          "+03:30", "+04:00", "+04:30", "+05:00", "+05:30", "+05:45", "+06:00", "+06:30", "+07:00",
          "+08:00", "+08:45", "+09:00", "+09:30", "+10:00", "+10:30", "+11:00", "+12:00", "+12:45",
          "+13:00", "+14:00");

  private static ZoneOffset[] offsets(String... ids) {
    ZoneOffset[] out = new ZoneOffset[ids.length];
    for (int i = 0; i < ids.length; i++) {
      out[i] = ZoneOffset.of(ids[i]);
    }
    return out;
  }

  /**
   * Returns the UTC offsets {@link #offsetDateTime} draws from.
   *
   * @return a copy of the table
   */
  public static ZoneOffset[] offsets() {
    return OFFSETS.clone();
  }

  /**
   * Draws a local date-time with whole seconds between two epoch seconds (read as local), and an
   * offset of the table.
   *
   * @param random consumes two values (rarely more)
   * @param first the first local epoch second
   * @param last the last, {@code >= first}
   * @return the date-time with its offset
   */
  public static OffsetDateTime offsetDateTime(RandomSource random, long first, long last) {
    LocalDateTime local = dateTime(random, first, last);
    return OffsetDateTime.of(local, OFFSETS[(int) random.nextBounded(OFFSETS.length)]);
  }

  /**
   * Draws a time of day with whole seconds, every second of the day equally likely.
   *
   * @param random consumes one value
   * @return the time
   */
  public static LocalTime localTime(RandomSource random) {
    return LocalTime.ofSecondOfDay(random.nextBounded(86_400));
  }

  /**
   * Returns the epoch second of a local date-time read as UTC; only arithmetic, no time zone.
   *
   * @param t the date-time
   * @return seconds since 1970-01-01T00:00:00
   */
  public static long epochSecond(LocalDateTime t) {
    return t.toEpochSecond(ZoneOffset.UTC);
  }

  /**
   * Returns a uniform long in {@code [0, bound)}; {@code bound} may exceed 2^32 (or overflow to a
   * negative number when the range spans all longs, which the callers never reach).
   */
  static long uniform(RandomSource random, long bound) {
    if (bound > 0 && bound <= 0x1_0000_0000L) {
      return random.nextBounded(bound);
    }
    // Wide ranges (beyond 136 years of seconds or 11 million years of days): 63-bit rejection.
    long limit = Long.MAX_VALUE - Long.remainderUnsigned(Long.MAX_VALUE, bound);
    long r;
    do {
      r = random.nextLong() >>> 1;
    } while (r >= limit);
    return r % bound;
  }

  /**
   * Parses an ISO-8601 date ({@code 2024-02-29}) for an argument, with a message naming it.
   *
   * @param name the argument name
   * @param text the text
   * @return the date
   * @throws IllegalArgumentException if the text is null or not an ISO date
   */
  public static LocalDate parseDate(String name, String text) {
    if (text == null) {
      throw new IllegalArgumentException(name + " must be an ISO date like 2024-01-31, got null");
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          name + " must be an ISO date like 2024-01-31, got '" + text + "'", e);
    }
  }

  /**
   * Parses an ISO-8601 local date-time ({@code 2024-02-29T13:45:00}) or a date (its midnight).
   *
   * @param name the argument name
   * @param text the text
   * @return the date-time
   * @throws IllegalArgumentException if the text is null or neither form
   */
  public static LocalDateTime parseDateTime(String name, String text) {
    if (text == null) {
      throw new IllegalArgumentException(
          name + " must be an ISO date-time like 2024-01-31T09:30:00, got null");
    }
    try {
      return text.indexOf('T') >= 0
          ? LocalDateTime.parse(text)
          : LocalDate.parse(text).atStartOfDay();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          name + " must be an ISO date-time like 2024-01-31T09:30:00, got '" + text + "'", e);
    }
  }

  /** The shared bound check of dates and date-times: both present, start not after end. */
  private static void requireOrdered(Object start, Object end, boolean startAfterEnd) {
    if (start == null || end == null) {
      throw new IllegalArgumentException(
          "start and end must not be null, got start=" + start + " and end=" + end);
    }
    if (startAfterEnd) {
      throw new IllegalArgumentException(
          "start must not be after end (both are inclusive), got start="
              + start
              + " and end="
              + end);
    }
  }

  /**
   * Checks date bounds and returns their epoch days.
   *
   * @param start the first day, inclusive
   * @param end the last day, inclusive
   * @return {@code {start, end}} as epoch days
   * @throws IllegalArgumentException if either is null or {@code start} is after {@code end}
   */
  public static long[] days(LocalDate start, LocalDate end) {
    requireOrdered(start, end, start != null && end != null && start.isAfter(end));
    return new long[] {start.toEpochDay(), end.toEpochDay()};
  }

  /**
   * Checks date-time bounds and returns their epoch seconds; fractions of a second are dropped from
   * the bounds (the start is rounded up, the end down) so every value lies inside them.
   *
   * @param start the first instant, inclusive
   * @param end the last instant, inclusive
   * @return {@code {start, end}} as epoch seconds
   * @throws IllegalArgumentException if either is null, {@code start} is after {@code end}, or no
   *     whole second lies between them
   */
  public static long[] seconds(LocalDateTime start, LocalDateTime end) {
    requireOrdered(start, end, start != null && end != null && start.isAfter(end));
    long first = epochSecond(start) + (start.getNano() == 0 ? 0 : 1);
    long last = epochSecond(end);
    if (first > last) {
      throw new IllegalArgumentException(
          "no whole second lies between start=" + start + " and end=" + end);
    }
    return new long[] {first, last};
  }
}
