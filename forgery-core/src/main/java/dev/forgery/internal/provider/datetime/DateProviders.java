package dev.forgery.internal.provider.datetime;

import dev.forgery.internal.random.RandomSource;
import dev.forgery.internal.registry.Args;
import dev.forgery.internal.registry.Defaults;
import dev.forgery.internal.registry.Generator;
import dev.forgery.internal.registry.Param;
import dev.forgery.internal.registry.ProviderDef;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The definitions of the date providers, {@code date} also being the schema keyword; the draws are
 * in {@link Dates} and {@link BirthDates}.
 */
public final class DateProviders {
  private DateProviders() {}

  /** Every date provider. */
  public static final List<ProviderDef> ALL =
      List.of(
          ProviderDef.define("date", LocalDate.class, "a uniform date, bounds inclusive")
              .params(
                  new Param("start", "ISO date", Defaults.DATE_START.toString()),
                  new Param("end", "ISO date", Defaults.DATE_END.toString()))
              .binds(
                  (locale, args) -> {
                    args.expect(0, 2);
                    LocalDate start = args.date(0, Defaults.DATE_START);
                    LocalDate end = args.date(1, Defaults.DATE_END);
                    if (start.isAfter(end)) {
                      throw args.fail(
                          "start must not be after end, got start=" + start + " and end=" + end);
                    }
                    return new DateRange(start.toEpochDay(), end.toEpochDay());
                  }),
          ProviderDef.define(
                  "dateTime", LocalDateTime.class, "a uniform date-time to the second, inclusive")
              .aliases("timestamp")
              .params(
                  new Param("start", "ISO date-time", Defaults.DATE_START + "T00:00"),
                  new Param("end", "ISO date-time", Defaults.DATE_END + "T23:59:59"))
              .binds(
                  (locale, args) -> {
                    args.expect(0, 2);
                    LocalDateTime start = args.dateTime(0, Defaults.DATE_START.atStartOfDay());
                    LocalDateTime end = args.dateTime(1, Defaults.DATE_END.atTime(23, 59, 59));
                    if (start.isAfter(end)) {
                      throw args.fail(
                          "start must not be after end, got start=" + start + " and end=" + end);
                    }
                    return new SecondRange(
                        "dateTime",
                        LocalDateTime.class,
                        Dates.epochSecond(start),
                        Dates.epochSecond(end),
                        Dates::dateTime,
                        false,
                        (second, offset) -> localDateTime(second));
                  }),
          relative("pastDate", "a date 1 to days days before today", -1, "past"),
          relative("futureDate", "a date 1 to days days after today", 1, "future"),
          between(
              "instant",
              Instant.class,
              "a uniform instant to the second, bounds inclusive",
              "UTC",
              (r, first, last) -> Instant.ofEpochSecond(Dates.second(r, first, last)),
              false,
              (second, offset) -> Instant.ofEpochSecond(second)),
          between(
              "offsetDateTime",
              OffsetDateTime.class,
              "a date-time to the second with a UTC offset in use somewhere in the world",
              "local",
              Dates::offsetDateTime,
              true,
              (second, offset) -> OffsetDateTime.of(localDateTime(second), offset)),
          between(
              "zonedDateTime",
              ZonedDateTime.class,
              "a date-time to the second in a fixed-offset zone (no time-zone rules)",
              "local",
              (r, first, last) -> Dates.offsetDateTime(r, first, last).toZonedDateTime(),
              true,
              (second, offset) -> ZonedDateTime.of(localDateTime(second), offset)),
          ProviderDef.define("localTime", LocalTime.class, "a time of day to the second, uniform")
              .aliases("timeOfDay")
              .binds(
                  (locale, args) -> {
                    args.expect(0);
                    return new SecondRange(
                        "localTime",
                        LocalTime.class,
                        0,
                        LocalTime.MAX.toSecondOfDay(),
                        (r, first, last) -> Dates.localTime(r),
                        false,
                        (second, offset) -> LocalTime.ofSecondOfDay(second));
                  }),
          ProviderDef.define(
                  "timeZone",
                  String.class,
                  "the IANA id of a time zone of the world's cities, such as Europe/Paris")
              .aliases("zone", "zoneId", "timeZoneId")
              .draws(locale -> Generator.uniform(String.class, TimeZones.ids())),
          ProviderDef.define(
                  "dateOfBirth",
                  LocalDate.class,
                  "a date of birth, ages weighted by the US population")
              .aliases("birthday", "birthDate", "dob", "bornOn")
              .params(
                  new Param("minAge", "int", String.valueOf(BirthDates.DEFAULT_MIN_AGE)),
                  new Param("maxAge", "int", String.valueOf(BirthDates.DEFAULT_MAX_AGE)))
              .binds(
                  (locale, args) -> {
                    args.expect(0, 2);
                    if (args.size() == 0) {
                      BirthDates table = BirthDates.defaults(args.today());
                      return Generator.of(LocalDate.class, table::draw, null);
                    }
                    int min = args.integer(0, BirthDates.DEFAULT_MIN_AGE);
                    int max = args.integer(1, BirthDates.DEFAULT_MAX_AGE);
                    BirthDates table;
                    try {
                      table = BirthDates.of(min, max, args.today());
                    } catch (IllegalArgumentException e) {
                      throw args.fail(e.getMessage());
                    }
                    return Generator.of(LocalDate.class, table::draw, null);
                  }));

  /** The most days a relative date may reach: about 273 years. */
  public static final int MAX_DAYS = 100_000;

  /** Default reach of {@code pastDate} and {@code futureDate}: a year. */
  public static final int DEFAULT_DAYS = 365;

  /**
   * A date {@code 1..days} days before ({@code sign = -1}) or after ({@code sign = 1}) the
   * binding's today, so that a past date is never today and a future date always ahead.
   */
  private static ProviderDef relative(String name, String summary, int sign, String alias) {
    return ProviderDef.define(name, LocalDate.class, summary)
        .aliases(alias)
        .params(new Param("days", "int 1.." + MAX_DAYS, String.valueOf(DEFAULT_DAYS)))
        .binds((locale, args) -> relativeDates(args, sign));
  }

  private static Generator relativeDates(Args args, int sign) {
    args.expect(0, 1);
    int days = args.integer(0, DEFAULT_DAYS, 1, MAX_DAYS);
    long today = args.today().toEpochDay();
    return sign < 0
        ? new DateRange(today - days, today - 1)
        : new DateRange(today + 1, today + days);
  }

  /** Draws one value between two epoch seconds, both inclusive. */
  @FunctionalInterface
  private interface BetweenSeconds {
    Object draw(RandomSource random, long first, long last);
  }

  /** The value of one second, with one UTC offset where the type has one ({@code null} if not). */
  @FunctionalInterface
  private interface AtSecond {
    Object value(long second, ZoneOffset offset);
  }

  /**
   * A provider of values to the second between {@code start} and {@code end}, ISO date-times read
   * in {@code reading} (UTC or local), by default the window of {@code dateTime}; {@code offsets}
   * says whether each value also has one of the UTC offsets of {@link Dates#offsets()}.
   */
  private static ProviderDef between(
      String name,
      Class<?> type,
      String summary,
      String reading,
      BetweenSeconds draw,
      boolean offsets,
      AtSecond at) {
    return ProviderDef.define(name, type, summary)
        .params(
            new Param("start", "ISO date-time, " + reading, Defaults.DATE_START + "T00:00"),
            new Param("end", "ISO date-time, " + reading, Defaults.DATE_END + "T23:59:59"))
        .binds(
            (locale, args) -> {
              long[] seconds = seconds(args);
              return new SecondRange(name, type, seconds[0], seconds[1], draw, offsets, at);
            });
  }

  /** The date-time of an epoch second read as UTC, as {@link Dates#dateTime} makes it. */
  private static LocalDateTime localDateTime(long second) {
    return LocalDateTime.ofEpochSecond(second, 0, ZoneOffset.UTC);
  }

  private static long[] seconds(Args args) {
    args.expect(0, 2);
    LocalDateTime start = args.dateTime(0, Defaults.DATE_START.atStartOfDay());
    LocalDateTime end = args.dateTime(1, Defaults.DATE_END.atTime(23, 59, 59));
    if (start.isAfter(end)) {
      throw args.fail("start must not be after end, got start=" + start + " and end=" + end);
    }
    return new long[] {Dates.epochSecond(start), Dates.epochSecond(end)};
  }

  /** Uniform dates between two epoch days, both inclusive. */
  public static final class DateRange extends Generator {
    private final long first;
    private final long last;

    /**
     * Creates the generator.
     *
     * @param first the first epoch day
     * @param last the last epoch day, {@code >= first}
     */
    public DateRange(long first, long last) {
      this.first = first;
      this.last = last;
    }

    @Override
    public Class<?> valueType() {
      return LocalDate.class;
    }

    @Override
    public Object next(RandomSource random) {
      return Dates.date(random, first, last);
    }

    @Override
    public long domainSize() {
      return last - first + 1;
    }

    @Override
    public Object valueAt(long index) {
      return LocalDate.ofEpochDay(first + index);
    }

    @Override
    public String toString() {
      return "date(" + LocalDate.ofEpochDay(first) + ", " + LocalDate.ofEpochDay(last) + ")";
    }
  }

  /**
   * Values to the second between two seconds, both inclusive, each second equally likely and, for
   * the types with a UTC offset, each offset of {@link Dates#offsets()} too: a known domain of
   * {@code (last - first + 1)} seconds times the offsets, so that a unique batch fails up front
   * when it is too small and takes the values not drawn yet once redrawing stalls.
   */
  private static final class SecondRange extends Generator {
    private final String name;
    private final Class<?> type;
    private final long first;
    private final long last;
    private final BetweenSeconds draw;

    /** The offsets a value may have, in a fixed order, or {@code null} for a type without one. */
    private final ZoneOffset[] offsets;

    private final AtSecond at;

    SecondRange(
        String name,
        Class<?> type,
        long first,
        long last,
        BetweenSeconds draw,
        boolean offsets,
        AtSecond at) {
      this.name = name;
      this.type = type;
      this.first = first;
      this.last = last;
      this.draw = draw;
      this.offsets = offsets ? Dates.offsets() : null;
      this.at = at;
    }

    @Override
    public Class<?> valueType() {
      return type;
    }

    @Override
    public Object next(RandomSource random) {
      return draw.draw(random, first, last);
    }

    /** Values per second: one, or one per offset. */
    private int perSecond() {
      return offsets == null ? 1 : offsets.length;
    }

    @Override
    public long domainSize() {
      long seconds = last - first + 1;
      return seconds > 0 && seconds < (1L << 62) / perSecond() ? seconds * perSecond() : -1;
    }

    /** Value {@code index}: seconds in order, and within a second the offsets in order. */
    @Override
    public Object valueAt(long index) {
      if (domainSize() < 0) {
        return super.valueAt(index);
      }
      long second = first + index / perSecond();
      return at.value(second, offsets == null ? null : offsets[(int) (index % perSecond())]);
    }

    @Override
    public String toString() {
      return name
          + "("
          + (type == LocalTime.class ? "" : localDateTime(first) + ", " + localDateTime(last))
          + ")";
    }
  }
}
