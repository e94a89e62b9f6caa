package dev.forgery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The judges, example arguments and engine goldens of the providers of relative dates, times and
 * instants, and regexes: the part of {@link RegistryContractTest}'s and {@link EngineGoldenTest}'s
 * tables that belongs to this domain. Dates are judged against {@link RegistryContractTest#TODAY},
 * the date every faker of the contract is pinned to; regexes by {@code java.util.regex}.
 */
final class TimeJudges {
  private TimeJudges() {}

  private static final LocalDateTime START = LocalDateTime.of(1970, 1, 1, 0, 0);
  private static final LocalDateTime END = LocalDateTime.of(2030, 12, 31, 23, 59, 59);

  /** Adds a judge per provider of this domain, by canonical name. */
  static void judges(Map<String, RegistryContractTest.Judge> j) {
    j.put("pastDate", (v, a) -> relative((LocalDate) v, a, -1));
    j.put("futureDate", (v, a) -> relative((LocalDate) v, a, 1));
    j.put(
        "instant",
        (v, a) -> {
          Instant i = (Instant) v;
          return i.getNano() == 0
              && Instant.parse(i.toString()).equals(i)
              && within(LocalDateTime.ofInstant(i, ZoneOffset.UTC), a);
        });
    j.put("offsetDateTime", (v, a) -> offsetDateTime((OffsetDateTime) v, a));
    j.put(
        "zonedDateTime",
        (v, a) -> {
          ZonedDateTime z = (ZonedDateTime) v;
          return z.getZone() instanceof ZoneOffset
              && ZonedDateTime.parse(z.toString()).equals(z)
              && offsetDateTime(z.toOffsetDateTime(), a);
        });
    j.put(
        "localTime",
        (v, a) -> {
          LocalTime t = (LocalTime) v;
          return t.getNano() == 0 && LocalTime.parse(t.toString()).equals(t);
        });
    j.put("regexify", (v, a) -> Pattern.compile((String) a.get(0)).matcher((String) v).matches());
    // A region's zone (not an offset, not a link such as US/Eastern) that the JDK's own copy of
    // the time-zone database knows.
    j.put(
        "timeZone",
        (v, a) ->
            ((String) v)
                    .matches(
                        "(Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe"
                            + "|Indian|Pacific)/[A-Z][A-Za-z_-]+(/[A-Z][A-Za-z_-]+)?")
                && ZoneId.getAvailableZoneIds().contains(v)
                && ZoneId.of((String) v).getId().equals(v));
  }

  /** Adds argument sets for the providers of this domain that take arguments. */
  static void exampleArgs(Map<String, List<List<Object>>> e) {
    e.put("pastDate", List.of(List.of(1), List.of(30), List.of(100_000)));
    e.put("futureDate", List.of(List.of(1), List.of(7), List.of(3650)));
    e.put(
        "instant",
        List.of(
            List.of("2024-01-01T00:00", "2024-01-01T00:00:30"),
            List.of(LocalDate.of(2000, 1, 1), LocalDateTime.of(2000, 1, 1, 0, 1))));
    e.put("offsetDateTime", List.of(List.of("2024-02-29T00:00", "2024-02-29T23:59:59")));
    e.put("zonedDateTime", List.of(List.of("1999-12-31T23:59:00", "2000-01-01T00:01:00")));
    e.put(
        "regexify",
        List.of(
            List.of("[A-Z]{3}-\\d{4}"),
            List.of("^(foo|ba[rz])+\\.(?:com|org)$"),
            List.of("[^a-z]{2,5}x?\\w*\\s\\D"),
            List.of("(?<area>\\d{3})-\\d{2}[.-]?\\d{4}"),
            List.of("a{0}b{2,}c{1,3}?"),
            List.of("[-a\\]\\\\]+[a-]")));
  }

  /** Adds the hash of a 300-row schema column (seed 42, pinned today) per provider. */
  static void goldens(Map<String, String> g) {
    g.put("futureDate", "986ea345b54733ba");
    g.put("instant", "89b8d1d4e851bb8b");
    g.put("localTime", "12fbca93515620d7");
    g.put("offsetDateTime", "c6a8a027a1ee5db7");
    g.put("pastDate", "563c14c62d442ea");
    g.put("timeZone", "f6203674712993b4");
    // A zone that is an offset prints as the offset date-time does.
    g.put("zonedDateTime", "c6a8a027a1ee5db7");
  }

  /** Adds the providers of this domain that cannot be drawn without arguments. */
  static void needArguments(Set<String> names) {
    names.add("regexify");
  }

  private static boolean relative(LocalDate d, List<Object> args, int sign) {
    int days = args.isEmpty() ? 365 : Integer.parseInt(args.get(0).toString());
    long offset = ChronoUnit.DAYS.between(RegistryContractTest.TODAY, d) * sign;
    return LocalDate.parse(d.toString()).equals(d) && offset >= 1 && offset <= days;
  }

  private static boolean within(LocalDateTime t, List<Object> args) {
    LocalDateTime start = args.isEmpty() ? START : RegistryContractTest.localDateTime(args.get(0));
    LocalDateTime end = args.isEmpty() ? END : RegistryContractTest.localDateTime(args.get(1));
    return !t.isBefore(start) && !t.isAfter(end);
  }

  private static boolean offsetDateTime(OffsetDateTime t, List<Object> args) {
    int seconds = t.getOffset().getTotalSeconds();
    return t.getNano() == 0
        && OffsetDateTime.parse(t.toString()).equals(t)
        && seconds % (15 * 60) == 0
        && seconds >= -12 * 3600
        && seconds <= 14 * 3600
        && within(t.toLocalDateTime(), args);
  }
}
