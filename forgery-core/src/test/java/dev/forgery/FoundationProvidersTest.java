package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.UUID;
import org.apache.commons.validator.routines.EmailValidator;
import org.junit.jupiter.api.Test;

/**
 * Checks the providers that predate the date, text and web providers, so that the module's coverage
 * gate measures tested code: names, emails, numbers, UUIDs, locales and lookup by name.
 */
class FoundationProvidersTest {
  @Test
  void namesAndEmailsAreWellFormed() {
    Faker faker = new Faker("en_US", 1L);
    assertThat(faker.names(500)).allSatisfy(n -> assertThat(n).contains(" ").doesNotStartWith(" "));
    assertThat(faker.firstNames(100)).allSatisfy(n -> assertThat(n).isNotBlank());
    assertThat(faker.lastNames(100)).allSatisfy(n -> assertThat(n).isNotBlank());
    assertThat(faker.name()).isNotBlank();
    assertThat(faker.firstName()).isNotBlank();
    assertThat(faker.lastName()).isNotBlank();
    EmailValidator emails = EmailValidator.getInstance();
    assertThat(faker.emails(2_000)).allSatisfy(e -> assertThat(emails.isValid(e)).as(e).isTrue());
    assertThat(faker.safeEmails(500))
        .allSatisfy(e -> assertThat(e).matches(".+@example\\.(com|org|net)"));
    assertThat(faker.freeEmails(500)).allSatisfy(e -> assertThat(emails.isValid(e)).isTrue());
    assertThat(emails.isValid(faker.email())).isTrue();
    assertThat(faker.safeEmail()).contains("@example.");
    assertThat(emails.isValid(faker.freeEmail())).isTrue();
  }

  @Test
  void numbersStayInRange() {
    Faker faker = new Faker("en_US", 2L);
    assertThat(java.util.Arrays.stream(faker.integers(1_000)))
        .allSatisfy(i -> assertThat(i).isBetween(0, 100));
    assertThat(java.util.Arrays.stream(faker.integers(1_000, -5, 5)))
        .allSatisfy(i -> assertThat(i).isBetween(-5, 5));
    assertThat(faker.integer(7, 7)).isEqualTo(7);
    assertThat(java.util.Arrays.stream(faker.doubles(1_000)))
        .allSatisfy(d -> assertThat(d).isBetween(0.0, 1.0));
    assertThat(java.util.Arrays.stream(faker.doubles(100, 2.0, 3.0)))
        .allSatisfy(d -> assertThat(d).isBetween(2.0, 3.0));
    assertThat(faker.doubleValue(2.0, 2.5)).isBetween(2.0, 2.5);
    boolean[] bools = faker.bools(100);
    boolean any = false;
    boolean all = true;
    for (boolean b : bools) {
      any |= b;
      all &= b;
    }
    assertThat(any).isTrue();
    assertThat(all).isFalse();
    faker.bool();
    assertThatThrownBy(() -> faker.integer(2, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> faker.doubles(1, Double.NaN, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> faker.doubles(1, 0, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> faker.doubleValue(1, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void uuidsAreVersionFour() {
    Faker faker = new Faker("en_US", 3L);
    for (UUID u : faker.uuids(200)) {
      assertThat(u.version()).isEqualTo(4);
      assertThat(u.variant()).isEqualTo(2);
    }
    assertThat(faker.uuid().version()).isEqualTo(4);
  }

  @Test
  void localesAndSeedsBehave() {
    assertThat(new Faker().locale()).isEqualTo(Locale.US);
    assertThat(new Faker("en-US").locale()).isEqualTo(Locale.US);
    assertThat(new Faker(Locale.US).toString()).isEqualTo("Faker[en_US]");
    assertThat(new Faker(Locale.US, 5L).names(3)).isEqualTo(new Faker("en_US", 5L).names(3));
    assertThatThrownBy(() -> new Faker("xx_YY"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("en_US");
    assertThatThrownBy(() -> new Faker((String) null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Faker((Locale) null)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Forgery.fake()).isNotNull();
    Forgery.seed(1L);
    assertThat(Forgery.names(2)).hasSize(2);
    assertThat(Forgery.firstNames(2)).hasSize(2);
    assertThat(Forgery.lastNames(2)).hasSize(2);
    assertThat(Forgery.emails(2)).hasSize(2);
    assertThat(Forgery.safeEmails(2)).hasSize(2);
    assertThat(Forgery.integers(2)).hasSize(2);
    assertThat(Forgery.integers(2, 1, 2)).hasSize(2);
    assertThat(Forgery.doubles(2)).hasSize(2);
    assertThat(Forgery.doubles(2, 1, 2)).hasSize(2);
    assertThat(Forgery.uuids(2)).hasSize(2);
  }

  @Test
  void customProvidersAndUnknownNames() {
    Faker faker = new Faker("en_US", 4L);
    faker.register("sku", f -> "SKU-" + f.integer(1000, 9999));
    assertThat((String) faker.generate("sku")).startsWith("SKU-");
    assertThat(faker.providers()).contains("sku", "sentence");
    assertThatThrownBy(() -> faker.register("safe_email", f -> "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("built-in");
    assertThatThrownBy(() -> faker.register(" ", f -> "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> faker.generate("sentense"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sentence");
    assertThatThrownBy(() -> faker.generate(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
