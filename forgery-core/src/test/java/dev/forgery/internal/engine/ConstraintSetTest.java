package dev.forgery.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forgery.Faker;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The check values drawn under constraints pass is never looser than Hibernate Validator: any value
 * it admits, the validator accepts; for numbers and text the two agree exactly.
 */
class ConstraintSetTest {
  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeContainer
  static void startValidator() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterContainer
  static void closeValidator() {
    factory.close();
  }

  record Mail(@Email String email) {}

  record Numbers(
      @Digits(integer = 2, fraction = 2)
          @DecimalMin("0.01")
          @DecimalMax(value = "50", inclusive = false)
          BigDecimal price,
      @Digits(integer = 1, fraction = 1) @Positive double rating,
      @Min(-5) @Max(70) @Negative long delta,
      @Digits(integer = 3, fraction = 0) int code) {}

  record Text(
      @NotBlank @Size(min = 2, max = 6) String nick,
      @Pattern(regexp = "[a-c]+", flags = Pattern.Flag.CASE_INSENSITIVE) String letters) {}

  private static ConstraintSet constraints(Class<?> type, String component) {
    for (RecordComponent c : type.getRecordComponents()) {
      if (c.getName().equals(component)) {
        try {
          return ConstraintSet.read(
              List.of(type.getDeclaredField(component).getAnnotations()), component);
        } catch (NoSuchFieldException e) {
          throw new AssertionError(e);
        }
      }
    }
    throw new AssertionError(component);
  }

  private static <T> boolean valid(T bean, String property) {
    Set<ConstraintViolation<T>> violations = validator.validateProperty(bean, property);
    return violations.isEmpty();
  }

  @Provide
  Arbitrary<String> addressLike() {
    Arbitrary<String> part =
        Arbitraries.strings().withChars("ab9.-_+!\"@ ").ofMinLength(0).ofMaxLength(8);
    return Combinators.combine(part, part, Arbitraries.of("", "@", ".", "-"))
        .as((a, b, c) -> a + c + b);
  }

  @Property(tries = 3000)
  void anAddressTheCheckAdmitsIsOneTheValidatorAccepts(@ForAll("addressLike") String s) {
    if (ConstraintSet.isEmail(s)) {
      assertThat(valid(new Mail(s), "email")).as(s).isTrue();
    }
  }

  @Property(tries = 1)
  void plainAddressesAreAdmittedAndMalformedOnesAreNot() {
    for (String ok : List.of("a@b", "a.b@c-d.e", "o'hara+tag@x9.org", "x@y.z")) {
      assertThat(ConstraintSet.isEmail(ok)).as(ok).isTrue();
      assertThat(valid(new Mail(ok), "email")).as(ok).isTrue();
    }
    String longLocal = "a".repeat(65) + "@b.c";
    String longLabel = "a@" + "b".repeat(64) + ".c";
    for (String bad :
        List.of(
            "", "@b", "a@", ".a@b", "a.@b", "a..b@c", "a@-b", "a@b-", "a@b..c", "a b@c", "a@b_c",
            "\"q\"@b", longLocal, longLabel)) {
      assertThat(ConstraintSet.isEmail(bad)).as(bad).isFalse();
    }
  }

  @Property(tries = 1)
  void everyDrawnAddressIsAdmitted() {
    for (String e : new Faker("en_US", 3L).emails(20_000)) {
      assertThat(ConstraintSet.isEmail(e)).as(e).isTrue();
    }
  }

  @Property(tries = 3000)
  void numbersAreJudgedAsTheValidatorJudgesThem(
      @ForAll @net.jqwik.api.constraints.BigRange(min = "-200", max = "200") BigDecimal price,
      @ForAll @net.jqwik.api.constraints.Scale(3) BigDecimal scaled,
      @ForAll @net.jqwik.api.constraints.DoubleRange(min = -20, max = 20) double rating,
      @ForAll @net.jqwik.api.constraints.LongRange(min = -10, max = 80) long delta,
      @ForAll @net.jqwik.api.constraints.IntRange(min = -2_000, max = 2_000) int code) {
    LocalDate today = LocalDate.of(2030, 1, 1);
    double rounded = Math.rint(rating * 10) / 10;
    for (BigDecimal p : List.of(price, scaled)) {
      Numbers n = new Numbers(p, rounded, delta, code);
      assertThat(constraints(Numbers.class, "price").admits(p, today))
          .as("price %s", p)
          .isEqualTo(valid(n, "price"));
    }
    for (double r : new double[] {rating, rounded}) {
      Numbers n = new Numbers(price, r, delta, code);
      assertThat(constraints(Numbers.class, "rating").admits(r, today))
          .as("rating %s", r)
          .isEqualTo(valid(n, "rating"));
    }
    Numbers n = new Numbers(price, rounded, delta, code);
    assertThat(constraints(Numbers.class, "delta").admits(delta, today))
        .isEqualTo(valid(n, "delta"));
    assertThat(constraints(Numbers.class, "code").admits(code, today)).isEqualTo(valid(n, "code"));
  }

  @Property(tries = 2000)
  void textWithAnyWhitespaceIsNeverAdmittedWhereTheValidatorRejectsIt(
      @ForAll("whitespaceLike") String s) {
    Text t = new Text(s, s);
    if (constraints(Text.class, "nick").admits(s, LocalDate.of(2030, 1, 1))) {
      assertThat(valid(t, "nick")).as(s).isTrue();
    }
  }

  @Provide
  Arbitrary<String> whitespaceLike() {
    return Arbitraries.strings()
        .withChars("ab \t\u0001\u001f\u00a0\u2003\u3000")
        .ofMinLength(0)
        .ofMaxLength(7);
  }

  @Property(tries = 2000)
  void textIsJudgedAsTheValidatorJudgesIt(
      @ForAll
          @net.jqwik.api.constraints.CharRange(from = ' ', to = 'd')
          @net.jqwik.api.constraints.StringLength(max = 8)
          String s) {
    LocalDate today = LocalDate.of(2030, 1, 1);
    Text t = new Text(s, s);
    assertThat(constraints(Text.class, "nick").admits(s, today)).as(s).isEqualTo(valid(t, "nick"));
    assertThat(constraints(Text.class, "letters").admits(s, today))
        .as(s)
        .isEqualTo(valid(t, "letters"));
  }
}
