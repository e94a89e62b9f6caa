package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forgery.fixtures.objects.Status;
import dev.forgery.fixtures.validation.Account;
import dev.forgery.fixtures.validation.Product;
import dev.forgery.fixtures.validation.Shipment;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.AssertFalse;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * How constraints narrow realistic values, what wins over them, how dates keep to their side of
 * {@code today()} for a validator's clock in any time zone, and the messages of constraints that
 * cannot be met.
 */
class BeanValidationRulesTest {

  private static Faker faker(long seed) {
    return new Faker("en_US", seed);
  }

  @Test
  void valuesAreDeterministicAndObjectIDependsOnlyOnTheSeedAndI() {
    List<String> once = strings(faker(11).records(500, Account.class));
    assertThat(strings(faker(11).records(500, Account.class))).isEqualTo(once);
    assertThat(strings(faker(11).records(50, Account.class))).isEqualTo(once.subList(0, 50));
    assertThat(strings(faker(12).records(500, Account.class))).isNotEqualTo(once);
  }

  private static List<String> strings(List<?> objects) {
    List<String> out = new ArrayList<>();
    for (Object o : objects) {
      out.add(o instanceof Product ? o + Arrays.toString(((Product) o).colors()) : o.toString());
    }
    return out;
  }

  @Test
  void realisticValuesAreKeptWhereTheyMeetTheConstraints() {
    List<Account> accounts = faker(5).records(2_000, Account.class);
    Set<String> firstNames =
        ProvidersContractTest.firstColumn("/dev/forgery/data/en_US/first_names.txt");
    for (Account a : accounts) {
      // first names of at most five letters are real first names, not cut ones
      assertThat(a.getFirstName()).hasSizeLessThanOrEqualTo(5);
      assertThat(firstNames).contains(a.getFirstName());
      assertThat(a.getAge()).isBetween(21, 67);
      // a date of birth is already in the past: the realistic provider stays
      assertThat(a.getBirthday()).isBefore(LocalDate.now(ZoneOffset.UTC).minusYears(17));
      assertThat(a.getCustomerNumber()).matches("[A-Z]{2}-\\d{6}");
      assertThat(a.isTermsAccepted()).isTrue();
      assertThat(a.getDeletedBy()).isNull();
      assertThat(a.getBackupEmails()).hasSize(3);
      assertThat(a.getNickname()).hasSizeLessThanOrEqualTo(8).isNotBlank();
    }
    // the ends of the narrowed range are reached: it is the realistic range cut by the bounds
    assertThat(accounts).extracting(Account::getAge).contains(21, 67);
  }

  @Test
  void numbersAreDrawnFromTheRangeTheConstraintsAllow() {
    List<Product> products = faker(6).records(2_000, Product.class);
    Set<Double> ratings = new HashSet<>();
    for (Product p : products) {
      assertThat(p.price()).isBetween(new BigDecimal("0.01"), new BigDecimal("99.99"));
      assertThat(p.price().scale()).isLessThanOrEqualTo(2);
      assertThat(p.stock()).isBetween(0, 500);
      assertThat(p.weight()).isPositive();
      assertThat(p.rating()).isBetween(1.0, 5.0);
      assertThat(p.rating() * 10).isEqualTo(Math.rint(p.rating() * 10));
      ratings.add(p.rating());
      assertThat(p.discount().signum()).isLessThanOrEqualTo(0);
      assertThat(p.materials()).hasSizeBetween(1, 3).allMatch(m -> m.length() <= 12);
      assertThat(p.supportEmail()).isPresent();
      // @Size on an array constrains the array, not its elements
      assertThat(p.colors()).hasSize(4);
    }
    assertThat(ratings).hasSizeGreaterThan(30);
    assertThat(products)
        .flatExtracting(p -> Arrays.asList(p.colors()))
        .anyMatch(c -> c.length() > 4);
  }

  @Test
  void aSetThatMustHoldMoreDistinctElementsDrawsMore() {
    for (Shipment s : faker(7).records(300, Shipment.class)) {
      assertThat(s.notifyEmails()).hasSize(12);
      assertThat(s.ratings()).isNotEmpty().allSatisfy((k, v) -> assertThat(v).isBetween(1, 5));
    }
  }

  record Temporal(
      @Past LocalDate pastDay,
      @Future LocalDate futureDay,
      @Past LocalDateTime pastTime,
      @Future LocalDateTime futureTime,
      @Past Instant pastInstant,
      @Future Instant futureInstant,
      @Past OffsetDateTime pastOffset,
      @Future OffsetDateTime futureOffset,
      @Past ZonedDateTime pastZoned,
      @Future ZonedDateTime futureZoned,
      @Past Year pastYear,
      @Future Year futureYear,
      @Past YearMonth pastMonth,
      @Future YearMonth futureMonth) {}

  @Test
  void datesKeepToTheirSideOfTodayForAValidatorInAnyTimeZone() {
    // New Year's Eve: the edge where a year or a month a day away would already be another one
    for (LocalDate today : List.of(LocalDate.of(2030, 12, 31), LocalDate.of(2031, 1, 1))) {
      List<Temporal> objects = faker(8).withToday(today).records(1_000, Temporal.class);
      for (String zone : List.of("-12:00", "Z", "+14:00")) {
        for (int hour : new int[] {0, 12, 23}) {
          Instant now = today.atTime(hour, 59, 59).toInstant(ZoneOffset.UTC);
          Clock clock = Clock.fixed(now, ZoneId.of(zone));
          try (ValidatorFactory factory =
              Validation.byDefaultProvider()
                  .configure()
                  .clockProvider(() -> clock)
                  .buildValidatorFactory()) {
            Validator validator = factory.getValidator();
            for (Temporal t : objects) {
              assertThat(validator.validate(t)).as("%s at %s in %s", t, now, zone).isEmpty();
            }
          }
        }
      }
    }
  }

  record Explicit(
      @FakeWith(
              value = "integer",
              args = {"0", "5"})
          @Min(100)
          int score,
      @Min(100) int level,
      @AssertFalse boolean archived,
      @Null String legacyCode,
      @NotNull Status status) {}

  @Test
  void fakeWithAndOverridesWinOverConstraints() {
    List<Explicit> objects =
        faker(9)
            .records(500, Explicit.class, Schema.builder().field("level", "integer", 1, 3).build());
    for (Explicit e : objects) {
      assertThat(e.score()).isBetween(0, 5);
      assertThat(e.level()).isBetween(1, 3);
      assertThat(e.archived()).isFalse();
      assertThat(e.legacyCode()).isNull();
      assertThat(e.status()).isNotNull();
    }
  }

  record Fitted(
      @Size(max = 7) String name,
      @Size(min = 14) String firstName,
      @NotBlank @Size(min = 3, max = 3) String lastName) {}

  @Test
  void stringsTheRealisticValuesRarelyFitAreCutOrPadded() {
    Set<String> firstNames =
        ProvidersContractTest.firstColumn("/dev/forgery/data/en_US/first_names.txt");
    List<Fitted> objects = faker(10).records(1_000, Fitted.class);
    for (Fitted f : objects) {
      // the start of a full name, a first name cut or a first name and an initial
      assertThat(f.name()).hasSizeBetween(1, 7).matches("[A-Z][A-Za-z'-]*( [A-Z][A-Za-z'-]*)?");
      String first = f.name().split(" ")[0];
      assertThat(firstNames).anyMatch(n -> n.startsWith(first));
      // a real first name, then letters to reach the minimum
      assertThat(f.firstName()).hasSizeGreaterThanOrEqualTo(14).matches("[A-Z][A-Za-z'-]*[a-z]*");
      assertThat(firstNames).anyMatch(n -> f.firstName().startsWith(n));
      assertThat(f.lastName()).hasSize(3);
    }
  }

  record Unsupported(
      @Pattern(regexp = "(?=\\d)\\d{5}") String zip,
      @Pattern(regexp = "[A-Z]{3}", flags = Pattern.Flag.CASE_INSENSITIVE) String code) {}

  @Test
  void anExpressionOutsideTheSubsetIsFineWhereTheRealisticValuesMatchIt() {
    for (Unsupported u : faker(13).records(300, Unsupported.class)) {
      assertThat(u.zip()).matches("\\d{5}");
      assertThat(u.code()).matches("[A-Z]{3}");
    }
  }

  record Assorted(
      @Pattern.List({@Pattern(regexp = "[A-Z]{2,4}"), @Pattern(regexp = ".{3}")}) String code,
      @Email(regexp = ".*\\.(com|net|org)") String contact,
      @NotBlank(groups = jakarta.validation.groups.Default.class) @Size(max = 8) String city,
      @Pattern(regexp = "[a-z]+ # lower-case letters", flags = Pattern.Flag.COMMENTS) String word,
      @DecimalMax("50") BigDecimal total,
      @DecimalMin("0.5") BigDecimal rate,
      @Max(-10) int count,
      @DecimalMin("2.5") @DecimalMax("2.5") double fixed,
      @Min(5) short level,
      @NotNull dev.forgery.fixtures.validation.Address address,
      @Size(min = 3, max = 3) Set<Status> statuses,
      List<@Null String> gaps,
      Set<@Email String> recipients,
      Optional<@Pattern(regexp = "[A-Z]{2}\\d{4}") String> voucher,
      @Size(max = 2) Map<@Size(max = 3) String, @Positive Integer> counts) {}

  @Test
  void repeatedComposedAndElementConstraintsAreHonoured() {
    for (Assorted a : faker(14).records(500, Assorted.class)) {
      assertThat(a.code()).matches("[A-Z]{3}");
      assertThat(a.contact()).matches(".*\\.(com|net|org)").contains("@");
      assertThat(a.city()).isNotBlank().hasSizeLessThanOrEqualTo(8);
      assertThat(a.word()).matches("[a-z]+");
      assertThat(a.total()).isLessThanOrEqualTo(new BigDecimal("50"));
      assertThat(a.rate()).isBetween(new BigDecimal("0.5"), new BigDecimal("100"));
      assertThat(a.count()).isLessThanOrEqualTo(-10);
      assertThat(a.fixed()).isEqualTo(2.5);
      assertThat(a.level()).isGreaterThanOrEqualTo((short) 5);
      assertThat(a.address()).isNotNull();
      assertThat(a.statuses()).containsExactlyInAnyOrder(Status.values());
      // names that infer no provider, whose elements the constraints decide
      assertThat(a.gaps()).hasSize(10).containsOnlyNulls();
      assertThat(a.recipients()).isNotEmpty().allMatch(r -> r.matches("[a-z0-9._]+@[a-z0-9.-]+"));
      assertThat(a.voucher()).hasValueSatisfying(v -> assertThat(v).matches("[A-Z]{2}\\d{4}"));
      assertThat(a.counts()).hasSizeBetween(1, 2);
      a.counts()
          .forEach(
              (k, v) -> {
                assertThat(k).hasSizeLessThanOrEqualTo(3);
                assertThat(v).isPositive();
              });
    }
  }

  record OnAnEnum(@Email Status status) {}

  record NullElement(List<@Null int[]> arrays) {}

  @Test
  void aConstraintOnATypeItDoesNotFitIsNamed() {
    assertThatThrownBy(() -> faker(1).record(OnAnEnum.class))
        .hasMessageContaining("OnAnEnum.status")
        .hasMessageContaining("@Email does not apply to a Status");
    // @Null before int[] annotates the int, as Java reads it
    assertThatThrownBy(() -> faker(1).record(NullElement.class))
        .hasMessageContaining("the elements of the elements of component 'arrays'")
        .hasMessageContaining("@Null cannot be met by a primitive; use Integer");
  }

  // ---- constraints that cannot be met ----

  record MinAboveMax(@Min(10) @Max(5) int count) {}

  record SizeNever(@Size(min = 5, max = 3) String lastName) {}

  record EmailOnInt(@Email int age) {}

  record Lookahead(@Pattern(regexp = "(?=.*\\d)[a-z\\d]{8}") String secret) {}

  record TinyEmail(@Email @Size(max = 2) String email) {}

  record ElsewhereEmail(@Email(regexp = "[0-9]+") String email) {}

  record ExampleTooShort(@Email(regexp = ".*@example\\.com") @Size(max = 12) String email) {}

  record NullPrimitive(@Null int age) {}

  record PastAndFuture(@Past @Future LocalDate date) {}

  record TrueAndFalse(@AssertTrue @AssertFalse boolean flag) {}

  record TooFewConstants(@Size(min = 4) Set<Status> statuses) {}

  record ByteTooSmall(@Min(200) byte level) {}

  record SizedOptional(@Size(max = 3) Optional<String> email) {}

  record BlankAndEmpty(@NotBlank @Size(max = 0) String lastName) {}

  record NotADecimal(@DecimalMin("abc") BigDecimal price) {}

  record NegativeSize(@Size(min = -1) String lastName) {}

  record NegativeDigits(@Digits(integer = -1, fraction = 2) BigDecimal price) {}

  record BadRegex(@Pattern(regexp = "[a-z") String code) {}

  record PositiveNegative(@Positive @Negative long balance) {}

  static class Boss {
    @NotNull Boss manager;
    String firstName;
  }

  static class Tree {
    @NotEmpty List<Tree> children;
    String city;
  }

  @Test
  void constraintsThatCannotBeMetAreNamedWithThePath() {
    Faker f = faker(1);
    assertThatThrownBy(() -> f.record(MinAboveMax.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MinAboveMax.count")
        .hasMessageContaining("@Min(10) and @Max(5) cannot both be met");
    assertThatThrownBy(() -> f.record(SizeNever.class))
        .hasMessageContaining("SizeNever.lastName")
        .hasMessageContaining("@Size(min=5, max=3) can never be met");
    assertThatThrownBy(() -> f.record(EmailOnInt.class))
        .hasMessageContaining("EmailOnInt.age")
        .hasMessageContaining("@Email does not apply to a int");
    assertThatThrownBy(() -> f.record(Lookahead.class))
        .hasMessageContaining("Lookahead.secret")
        .hasMessageContaining("@Pattern(regexp=\"(?=.*\\d)[a-z\\d]{8}\")")
        .hasMessageContaining("outside the regular expressions forgery draws from")
        .hasMessageContaining("@FakeWith")
        .hasMessageContaining("Schema override");
    assertThatThrownBy(() -> f.record(TinyEmail.class))
        .hasMessageContaining("TinyEmail.email")
        .hasMessageContaining("too few values meet @Email @Size(max=2)")
        .hasMessageContaining(
            "the shortest address forgery makes has 3 characters (\"l@g\") and the longest local"
                + " part 64, so allow at least @Size(max = 3)")
        .hasMessageContaining("@FakeWith")
        .hasMessageContaining("Schema override");
    assertThatThrownBy(() -> f.record(ElsewhereEmail.class))
        .hasMessageContaining("ElsewhereEmail.email: too few values meet @Email(regexp=\"[0-9]+\")")
        .hasMessageContaining(
            "; valid values are plain addresses, such as \"linda.garcia@example.com\" (a local part"
                + " of letters, digits and . _ -, an @ and a domain of dot-separated labels of"
                + " letters, digits and hyphens), that \"[0-9]+\" also matches as a whole, as"
                + " @Email(regexp = \".*@example\\\\.com\") does;")
        .hasMessageContaining("@FakeWith");
    assertThatThrownBy(() -> f.record(ExampleTooShort.class))
        .hasMessageContaining("ExampleTooShort.email")
        .hasMessageContaining("@Email(regexp=\".*@example\\.com\") @Size(max=12)")
        .hasMessageContaining("\".*@example\\.com\" also matches as a whole")
        .hasMessageContaining("the shortest address forgery makes has 3 characters");
    assertThatThrownBy(() -> f.record(NullPrimitive.class))
        .hasMessageContaining("@Null cannot be met by a primitive; use Integer");
    assertThatThrownBy(() -> f.record(PastAndFuture.class))
        .hasMessageContaining("@Past and @Future cannot both be met");
    assertThatThrownBy(() -> f.record(TrueAndFalse.class))
        .hasMessageContaining("@AssertTrue and @AssertFalse cannot both be met");
    assertThatThrownBy(() -> f.record(TooFewConstants.class))
        .hasMessageContaining("TooFewConstants.statuses")
        .hasMessageContaining("asks for 4 distinct elements, but they can take only 3 values");
    assertThatThrownBy(() -> f.record(ByteTooSmall.class))
        .hasMessageContaining("no byte meets @Min(200)");
    assertThatThrownBy(() -> f.record(SizedOptional.class))
        .hasMessageContaining("@Size(max=3) does not apply to a Optional")
        .hasMessageContaining("Optional<@Email String>");
    assertThatThrownBy(() -> f.record(BlankAndEmpty.class))
        .hasMessageContaining("@NotBlank and @Size(max=0) cannot both be met");
    assertThatThrownBy(() -> f.record(NotADecimal.class))
        .hasMessageContaining("@DecimalMin(\"abc\") is not a decimal number");
    assertThatThrownBy(() -> f.record(NegativeSize.class))
        .hasMessageContaining("@Size(min=-1) has a negative bound");
    assertThatThrownBy(() -> f.record(NegativeDigits.class))
        .hasMessageContaining("@Digits(integer=-1, fraction=2) has a negative length");
    assertThatThrownBy(() -> f.record(BadRegex.class))
        .hasMessageContaining("@Pattern(regexp=\"[a-z\") is not a regular expression");
    assertThatThrownBy(() -> f.record(PositiveNegative.class))
        .hasMessageContaining("@Positive and @Negative cannot both be met");
    assertThatThrownBy(() -> f.record(Boss.class))
        .hasMessageContaining("Boss.manager.manager")
        .hasMessageContaining("@NotNull cannot be met")
        .hasMessageContaining("to null");
    assertThatThrownBy(() -> f.record(Tree.class))
        .hasMessageContaining("Tree.children")
        .hasMessageContaining("@NotEmpty cannot be met")
        .hasMessageContaining("to an empty container");
  }

  record TooManyKeys(@Size(min = 4) Map<Status, Integer> scores) {}

  record EveryKey(@Size(min = 3) Map<Status, Integer> scores) {}

  @Test
  void aMapsKeysMustBeDistinctEnough() {
    assertThatThrownBy(() -> faker(1).record(TooManyKeys.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("asks for 4 distinct keys, but they can take only 3 values");
    assertThat(faker(1).records(200, EveryKey.class))
        .allSatisfy(e -> assertThat(e.scores()).containsOnlyKeys(Status.values()));
  }
}
