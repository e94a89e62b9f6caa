package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Timestamps of a record's life are inferred from their names relative to the faker's today:
 * created, updated, last... in the recent past, expires, due, deadline in the near future.
 */
class TimestampInferenceTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
  private static final LocalDate RECENT = TODAY.minusDays(3 * 365);
  private static final Instant START = RECENT.atStartOfDay().toInstant(ZoneOffset.UTC);
  private static final Instant BEFORE_TODAY = TODAY.atStartOfDay().toInstant(ZoneOffset.UTC);

  private static Faker faker() {
    return new Faker("en_US", 11L).withToday(TODAY);
  }

  record Stamps(
      Instant createdAt,
      LocalDateTime updatedAt,
      LocalDate createdOn,
      OffsetDateTime modifiedAt,
      ZonedDateTime deletedAt,
      Date createdDate,
      Instant lastLogin,
      LocalDateTime lastModified) {}

  @Test
  void createdUpdatedDeletedAndLastAreInTheRecentPastNeverToday() {
    List<Stamps> rows = faker().records(2_000, Stamps.class);
    for (Stamps s : rows) {
      assertThat(s.createdAt()).isBetween(START, BEFORE_TODAY.minusSeconds(1));
      assertThat(s.updatedAt().toLocalDate()).isBetween(RECENT, TODAY.minusDays(1));
      assertThat(s.createdOn()).isBetween(TODAY.minusDays(3 * 365), TODAY.minusDays(1));
      assertThat(s.modifiedAt().toLocalDate()).isBetween(RECENT, TODAY.minusDays(1));
      assertThat(s.deletedAt().toLocalDate()).isBetween(RECENT, TODAY.minusDays(1));
      assertThat(s.createdDate().toInstant()).isBetween(START, BEFORE_TODAY.minusSeconds(1));
      assertThat(s.lastLogin()).isBetween(START, BEFORE_TODAY.minusSeconds(1));
      assertThat(s.lastModified().toLocalDate()).isBetween(RECENT, TODAY.minusDays(1));
    }
    assertThat(rows.stream().map(s -> s.createdOn().getYear()).distinct().count())
        .isGreaterThanOrEqualTo(3);
  }

  record Deadlines(
      Instant expiresAt, LocalDate dueDate, LocalDateTime deadline, LocalDate expiryDate) {}

  @Test
  void expiresDueAndDeadlineAreInTheNearFuture() {
    for (Deadlines d : faker().records(2_000, Deadlines.class)) {
      assertThat(d.expiresAt())
          .isAfterOrEqualTo(TODAY.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC))
          .isBefore(TODAY.plusDays(366).atStartOfDay().toInstant(ZoneOffset.UTC));
      assertThat(d.dueDate()).isBetween(TODAY.plusDays(1), TODAY.plusDays(365));
      assertThat(d.deadline().toLocalDate()).isBetween(TODAY.plusDays(1), TODAY.plusDays(365));
      assertThat(d.expiryDate()).isBetween(TODAY.plusDays(1), TODAY.plusDays(365));
    }
  }

  record Texts(String createdAt, String updatedOn, String expiresAt, String lastName, String due) {}

  @Test
  void stringTimestampsAreIsoTextButOnlyWithATimeSuffix() {
    for (Texts t : faker().records(500, Texts.class)) {
      assertThat(Instant.parse(t.createdAt())).isBetween(START, BEFORE_TODAY);
      assertThat(LocalDate.parse(t.updatedOn())).isBetween(RECENT, TODAY.minusDays(1));
      assertThat(Instant.parse(t.expiresAt())).isAfter(BEFORE_TODAY);
      assertThat(t.lastName()).matches("[A-Z][A-Za-z' -]+");
      assertThat(t.due()).doesNotContain("-");
    }
  }

  record Millis(long createdAt, Long lastLogin, long expiresAt, long count, int updatedAt) {}

  @Test
  void aLongTimestampIsMillisecondsSinceTheEpochInTheSameWindow() {
    long start = START.toEpochMilli();
    long beforeToday = BEFORE_TODAY.toEpochMilli();
    long tomorrow = TODAY.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    long yearOn = TODAY.plusDays(366).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    List<Millis> rows = faker().records(2_000, Millis.class);
    for (Millis m : rows) {
      assertThat(m.createdAt()).isBetween(start, beforeToday - 1);
      assertThat(m.lastLogin()).isBetween(start, beforeToday - 1);
      assertThat(m.expiresAt()).isBetween(tomorrow, yearOn - 1);
      assertThat(m.count()).isBetween(0L, 100L); // not a timestamp's name: the type's default
      assertThat(m.updatedAt()).isBetween(0, 100); // an int holds no milliseconds: a number
    }
    // milliseconds, not seconds rounded: most values are not whole seconds
    assertThat(rows.stream().filter(m -> m.createdAt() % 1000 != 0).count()).isGreaterThan(1_900);
    assertThat(faker().inferProvider("createdAt", long.class).name()).isEqualTo("longValue");
  }

  @Test
  void forgedParametersShareTheInference() {
    Faker faker = faker();
    assertThat(faker.inferProvider("createdAt", Instant.class).name()).isEqualTo("instant");
    assertThat(faker.inferProvider("createdOn", LocalDate.class).name()).isEqualTo("pastDate");
    assertThat(faker.inferProvider("dueDate", LocalDate.class).name()).isEqualTo("futureDate");
    assertThat(faker.inferProvider("birthDate", LocalDate.class).name()).isEqualTo("dateOfBirth");
    assertThat(faker.inferProvider("lastName", String.class).name()).isEqualTo("lastName");
    assertThat(faker.inferProvider("startDate", LocalDate.class).name()).isEqualTo("date");
    Object drawn = faker.inferProvider("createdAt", Instant.class).next();
    assertThat((Instant) drawn).isBetween(START, BEFORE_TODAY);
  }

  @Test
  void theWindowMovesWithTheFakersToday() {
    LocalDate later = TODAY.plusYears(10);
    LocalDate createdOn =
        new Faker("en_US", 11L).withToday(later).records(1, Stamps.class).get(0).createdOn();
    assertThat(createdOn).isBetween(later.minusDays(3 * 365), later.minusDays(1));
  }
}
