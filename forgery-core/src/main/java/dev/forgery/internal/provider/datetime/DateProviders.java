package dev.forgery.internal.provider.datetime;

import dev.forgery.internal.random.RandomSource;
import dev.forgery.internal.registry.Defaults;
import dev.forgery.internal.registry.Generator;
import dev.forgery.internal.registry.Param;
import dev.forgery.internal.registry.ProviderDef;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
                    long first = Dates.epochSecond(start);
                    long last = Dates.epochSecond(end);
                    return Generator.of(
                        LocalDateTime.class, r -> Dates.dateTime(r, first, last), null);
                  }),
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
}
