package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class DatesTest {
  @Property(tries = 1000)
  void datesStayInsideInclusiveBounds(
      @ForAll long seed,
      @ForAll @IntRange(min = -200_000, max = 200_000) int startDay,
      @ForAll @IntRange(min = 0, max = 3) int width) {
    LocalDate start = LocalDate.ofEpochDay(startDay);
    LocalDate end = start.plusDays(width);
    Set<LocalDate> seen = new HashSet<>();
    for (LocalDate d : new Faker("en_US", seed).dates(64, start, end)) {
      assertThat(d).isBetween(start, end);
      seen.add(d);
    }
    assertThat(seen).as("both ends are reachable").contains(start, end);
  }

  @Test
  void leapDaysOccur() {
    List<LocalDate> dates =
        new Faker("en_US", 1L).dates(2_000, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 31));
    assertThat(dates).contains(LocalDate.of(2024, 2, 29));
    long leapDays =
        new Faker("en_US", 2L)
            .dates(100_000).stream()
                .filter(d -> d.getMonth() == Month.FEBRUARY && d.getDayOfMonth() == 29)
                .count();
    // 15 leap days in 22,280 days: expect about 67 in 100,000.
    assertThat(leapDays).isBetween(35L, 110L);
  }

  @Test
  void defaultWindowIsFixedAndUniform() {
    List<LocalDate> dates = new Faker("en_US", 3L).dates(100_000);
    assertThat(dates).allSatisfy(d -> assertThat(d).isBetween("1970-01-01", "2030-12-31"));
    long beforeY2k = dates.stream().filter(d -> d.getYear() < 2000).count();
    // 30 of 61 years.
    assertThat(beforeY2k / 100_000.0).isBetween(0.48, 0.50);
  }

  @Test
  void outputDoesNotDependOnTheDefaultTimeZone() {
    TimeZone saved = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      List<Object> a =
          List.of(new Faker("en_US", 9L).dates(5), new Faker("en_US", 9L).dateTimes(5));
      TimeZone.setDefault(TimeZone.getTimeZone("America/Adak"));
      List<Object> b =
          List.of(new Faker("en_US", 9L).dates(5), new Faker("en_US", 9L).dateTimes(5));
      assertThat(a).isEqualTo(b);
    } finally {
      TimeZone.setDefault(saved);
    }
  }

  @Test
  void goldenValuesPinTheOutput() {
    // Deliberate changes to these values must be noted in the changelog.
    Faker faker = new Faker("en_US", 42L).withToday(LocalDate.of(2026, 1, 1));
    assertThat(faker.date()).isEqualTo("2015-03-28");
    assertThat(faker.dateOfBirth()).isEqualTo("1995-09-13");
    assertThat(faker.dateTime()).isEqualTo("1986-12-30T05:35:46");
  }

  @Test
  void isoStringsAreAccepted() {
    assertThat(new Faker("en_US", 1L).dates(3, "2024-02-29", "2024-02-29"))
        .containsOnly(LocalDate.of(2024, 2, 29));
    assertThat(new Faker("en_US", 1L).date("2000-01-01", "2000-01-01")).isEqualTo("2000-01-01");
    assertThat(new Faker("en_US", 1L).dateTimes(3, "2024-02-29", "2024-02-29"))
        .containsOnly(LocalDateTime.of(2024, 2, 29, 0, 0));
  }

  @Test
  void badBoundsAreRejectedClearly() {
    Faker faker = new Faker("en_US", 1L);
    assertThatThrownBy(() -> faker.dates(3, LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("start must not be after end")
        .hasMessageContaining("2024-01-02");
    assertThatThrownBy(() -> faker.dates(3, "2024-13-01", "2024-12-31"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("start must be an ISO date")
        .hasMessageContaining("2024-13-01");
    assertThatThrownBy(() -> faker.date("2024-01-01", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("end must be an ISO date");
    assertThatThrownBy(() -> faker.date(null, LocalDate.MAX))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be null");
    assertThatThrownBy(() -> faker.dates(-1, "2024-01-01", "2024-01-02"))
        .hasMessageContaining("n must be >= 0");
    assertThatThrownBy(
            () ->
                faker.dateTime(
                    LocalDateTime.of(2024, 1, 1, 0, 0, 1), LocalDateTime.of(2024, 1, 1, 0, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("start must not be after end");
    assertThatThrownBy(
            () ->
                faker.dateTime(
                    LocalDateTime.of(2024, 1, 1, 0, 0, 0, 5),
                    LocalDateTime.of(2024, 1, 1, 0, 0, 0, 9)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no whole second");
    assertThatThrownBy(() -> faker.dateTimes(1, "yesterday", "2024-01-01"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("start must be an ISO date-time");
    assertThatThrownBy(() -> faker.dateTimes(1, "2024-01-01", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("end must be an ISO date-time");
    assertThatThrownBy(() -> faker.dateTimes(1, null, LocalDateTime.MAX))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be null");
  }

  @Test
  void widestRangesWork() {
    Faker faker = new Faker("en_US", 5L);
    for (LocalDate d : faker.dates(1_000, LocalDate.MIN, LocalDate.MAX)) {
      assertThat(d).isBetween(LocalDate.MIN, LocalDate.MAX);
    }
    for (LocalDateTime t : faker.dateTimes(1_000, LocalDateTime.MIN, LocalDateTime.MAX)) {
      assertThat(t.getNano()).isZero();
    }
    // Half the values fall on each side of the middle of the widest range.
    long positive =
        faker.dates(10_000, LocalDate.MIN, LocalDate.MAX).stream()
            .filter(d -> d.getYear() > 0)
            .count();
    assertThat(positive).isBetween(4_700L, 5_300L);
  }

  @Test
  void dateTimesHaveWholeSecondsAndCoverTheDay() {
    Set<Integer> hours = new HashSet<>();
    for (LocalDateTime t : new Faker("en_US", 6L).dateTimes(5_000)) {
      assertThat(t.getNano()).isZero();
      hours.add(t.getHour());
    }
    assertThat(hours).hasSize(24);
    assertThat(
            new Faker("en_US", 6L)
                .dateTime(
                    LocalDateTime.of(2024, 1, 1, 0, 0, 0, 1),
                    LocalDateTime.of(2024, 1, 1, 0, 0, 1)))
        .isEqualTo(LocalDateTime.of(2024, 1, 1, 0, 0, 1));
  }

  @Property(tries = 300)
  void datesOfBirthGiveAgesInRangeOnAnyDate(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 150) int a,
      @ForAll @IntRange(min = 0, max = 150) int b,
      @ForAll @IntRange(min = -50_000, max = 80_000) int asOfDay) {
    int min = Math.min(a, b);
    int max = Math.max(a, b);
    LocalDate asOf = LocalDate.ofEpochDay(asOfDay);
    for (LocalDate born : new Faker("en_US", seed).datesOfBirth(50, min, max, asOf)) {
      int age = Period.between(born, asOf).getYears();
      assertThat(age).as("born %s, as of %s", born, asOf).isBetween(min, max);
    }
  }

  @Test
  void leapDayReferenceAndLeapDayBirthsWork() {
    LocalDate asOf = LocalDate.of(2028, 2, 29);
    Set<LocalDate> seen = new HashSet<>();
    for (LocalDate born : new Faker("en_US", 8L).datesOfBirth(20_000, 18, 18, asOf)) {
      assertThat(Period.between(born, asOf).getYears()).isEqualTo(18);
      seen.add(born);
    }
    // Exactly the 365 days from 2009-03-01 to 2010-02-28 give age 18 on 2028-02-29.
    assertThat(seen).hasSize(365).contains(LocalDate.of(2009, 3, 1), LocalDate.of(2010, 2, 28));
    List<LocalDate> leapBorn =
        new Faker("en_US", 8L).datesOfBirth(30_000, 0, 3, LocalDate.of(2026, 1, 1));
    assertThat(leapBorn).contains(LocalDate.of(2024, 2, 29));
  }

  @Test
  void agesFollowTheUsAdultPopulation() {
    int[] byAge = new int[101];
    int n = 200_000;
    for (LocalDate born :
        new Faker("en_US", 12L).withToday(LocalDate.of(2026, 1, 1)).datesOfBirth(n)) {
      byAge[Period.between(born, LocalDate.of(2026, 1, 1)).getYears()]++;
    }
    double young = share(byAge, 18, 34, n);
    double middle = share(byAge, 35, 64, n);
    double old = share(byAge, 65, 100, n);
    double veryOld = share(byAge, 90, 100, n);
    // Census 2020 shares of the 18+ population: 18-34 about 29%, 35-64 about 49%, 65+ about 22%.
    assertThat(young).isBetween(0.27, 0.31);
    assertThat(middle).isBetween(0.47, 0.51);
    assertThat(old).isBetween(0.20, 0.24);
    assertThat(veryOld).isBetween(0.005, 0.02);
    // Not uniform: a 40-year-old is several times as likely as a 90-year-old.
    assertThat(byAge[40]).isGreaterThan(4 * byAge[90]);
    assertThat(byAge[17 + 1]).isPositive();
    assertThat(byAge[100]).isPositive();
  }

  private static double share(int[] byAge, int from, int to, int n) {
    int sum = 0;
    for (int a = from; a <= to; a++) {
      sum += byAge[a];
    }
    return sum / (double) n;
  }

  @Test
  void badAgesAreRejectedClearly() {
    Faker faker = new Faker("en_US", 1L);
    assertThatThrownBy(() -> faker.dateOfBirth(-1, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minAge must be >= 0, got -1");
    assertThatThrownBy(() -> faker.dateOfBirth(40, 30))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minAge must be <= maxAge, got minAge=40 and maxAge=30");
    assertThatThrownBy(() -> faker.datesOfBirth(5, 18, 151))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxAge must be <= 150, got 151");
    assertThatThrownBy(() -> faker.dateOfBirth(18, 65, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("asOf must not be null");
    assertThatThrownBy(() -> faker.datesOfBirth(1, 18, 65, LocalDate.MIN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("asOf is too early");
    assertThatThrownBy(() -> faker.datesOfBirth(-1, 18, 65))
        .hasMessageContaining("n must be >= 0, got -1");
  }

  @Test
  void explicitDefaultsEqualTheNoArgumentForm() {
    LocalDate today = LocalDate.of(2026, 1, 1);
    assertThat(new Faker("en_US", 4L).datesOfBirth(100, 18, 100, today))
        .isEqualTo(new Faker("en_US", 4L).withToday(today).datesOfBirth(100));
    assertThat(new Faker("en_US", 4L).withToday(today).dateOfBirth(18, 100))
        .isEqualTo(new Faker("en_US", 4L).withToday(today).dateOfBirth());
    // Unpinned, the ages count from the faker's own today().
    Faker unpinned = new Faker("en_US", 4L);
    assertThat(unpinned.dateOfBirth(18, 100))
        .isEqualTo(new Faker("en_US", 4L).dateOfBirth(18, 100, unpinned.today()));
  }
}
