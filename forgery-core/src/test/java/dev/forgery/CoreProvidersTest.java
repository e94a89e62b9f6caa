package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forgery.internal.Locales;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.commons.validator.routines.EmailValidator;
import org.junit.jupiter.api.Test;

/** The foundation's providers and the faker's plumbing, held to the same contract. */
class CoreProvidersTest {
  private static final EmailValidator EMAILS = EmailValidator.getInstance();

  @Test
  void namesAndEmailsFollowTheContract() {
    ProviderContract.check(Faker::name, Faker::names, s -> s.matches("\\S+( \\S+)+"));
    ProviderContract.check(Faker::firstName, Faker::firstNames, s -> !s.isBlank());
    ProviderContract.check(Faker::lastName, Faker::lastNames, s -> !s.isBlank());
    ProviderContract.check(Faker::email, Faker::emails, EMAILS::isValid);
    ProviderContract.check(Faker::freeEmail, Faker::freeEmails, EMAILS::isValid);
    ProviderContract.check(
        Faker::safeEmail,
        Faker::safeEmails,
        s -> EMAILS.isValid(s) && s.matches(".*@example\\.(com|org|net)"));
    ProviderContract.check(Faker::uuid, Faker::uuids, u -> u.version() == 4 && u.variant() == 2);
  }

  @Test
  void numbersStayInTheirBounds() {
    Faker faker = new Faker("en_US", 1L);
    for (int v : faker.integers(10_000)) {
      assertThat(v).isBetween(0, 100);
    }
    for (int v : faker.integers(10_000, -3, 3)) {
      assertThat(v).isBetween(-3, 3);
    }
    assertThat(faker.integer(Integer.MIN_VALUE, Integer.MAX_VALUE)).isNotNull();
    assertThat(faker.integer(7, 7)).isEqualTo(7);
    for (double v : faker.doubles(10_000)) {
      assertThat(v).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
    }
    for (double v : faker.doubles(1_000, -2.0, 2.0)) {
      assertThat(v).isGreaterThanOrEqualTo(-2.0).isLessThan(2.0);
    }
    assertThat(faker.doubleValue(1.0, 1.5)).isBetween(1.0, 1.5);
    boolean[] bools = faker.bools(10_000);
    int trues = 0;
    for (boolean b : bools) {
      trues += b ? 1 : 0;
    }
    assertThat(trues).isBetween(4_700, 5_300);
    assertThat(List.of(faker.bool(), faker.bool(), faker.bool())).isNotNull();
    assertThatThrownBy(() -> faker.integer(2, 1)).hasMessageContaining("min=2 and max=1");
    assertThatThrownBy(() -> faker.integers(1, 2, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> faker.doubleValue(Double.NaN, 1)).hasMessageContaining("min");
    assertThatThrownBy(() -> faker.doubleValue(0, Double.POSITIVE_INFINITY))
        .hasMessageContaining("max");
    assertThatThrownBy(() -> faker.doubles(1, 1.0, 1.0)).hasMessageContaining("min must be < max");
    assertThatThrownBy(() -> faker.bools(-1)).hasMessageContaining("n must be >= 0");
  }

  @Test
  void localesAreParsedAndUnknownOnesListed() {
    assertThat(new Faker("en-US", 1L).locale()).isEqualTo(Locale.US);
    assertThat(new Faker(Locale.US, 1L).name()).isEqualTo(new Faker("en_us", 1L).name());
    assertThat(new Faker(Locale.US).toString()).isEqualTo("Faker[en_US]");
    assertThat(new Faker("en_US").name()).isNotBlank();
    assertThat(new Faker().locale()).isEqualTo(Locale.US);
    assertThatThrownBy(() -> new Faker("pt_BR"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("supported locales: " + Locales.SUPPORTED);
    assertThat(new Faker("en").locale()).isEqualTo(Locale.US);
    assertThatThrownBy(() -> new Faker("pt")).hasMessageContaining("'pt' is not supported");
    assertThatThrownBy(() -> new Faker((String) null)).hasMessageContaining("must not be null");
    assertThatThrownBy(() -> new Faker((Locale) null, 1L)).hasMessageContaining("must not be null");
  }

  @Test
  void customProvidersAreGeneratedByName() {
    Faker faker = new Faker("en_US", 9L);
    faker.register("sku", f -> "SKU-" + f.integer(1000, 9999));
    assertThat(faker.providers()).contains("sku", "name", "iban");
    assertThat((String) faker.generate("SKU")).matches("SKU-[0-9]{4}");
    assertThat(faker.generate("sku", 3)).hasSize(3);
    assertThatThrownBy(() -> faker.register(" ", f -> 1)).hasMessageContaining("blank");
    assertThatThrownBy(() -> faker.register(null, f -> 1)).hasMessageContaining("blank");
    assertThatThrownBy(() -> faker.register("safe_email", f -> 1))
        .hasMessageContaining("built-in provider 'safeEmail'");
    assertThatThrownBy(() -> faker.generate("adress"))
        .hasMessageContaining("'adress' is not a known provider")
        .hasMessageContaining("did you mean 'address'");
    assertThatThrownBy(() -> faker.generate("zzzzzzzzzzzz"))
        .hasMessageNotContaining("did you mean");
    assertThatThrownBy(() -> faker.generate(null)).hasMessageContaining("must not be null");
    assertThatThrownBy(() -> faker.generate("phone_numbr", 1))
        .hasMessageContaining("did you mean 'phoneNumber'");
  }

  @Test
  void forgeryShortcutsMatchASeededFaker() {
    Forgery.seed(31L);
    Object[] values = {
      Forgery.names(2),
      Forgery.firstNames(2),
      Forgery.lastNames(2),
      Forgery.emails(2),
      Forgery.safeEmails(2),
      Forgery.uuids(2),
    };
    int[] ints = Forgery.integers(3);
    int[] bounded = Forgery.integers(3, 5, 6);
    double[] doubles = Forgery.doubles(2);
    double[] boundedDoubles = Forgery.doubles(2, 3.0, 4.0);
    Faker same = new Faker("en_US", 31L);
    assertThat(values)
        .containsExactly(
            same.names(2),
            same.firstNames(2),
            same.lastNames(2),
            same.emails(2),
            same.safeEmails(2),
            same.uuids(2));
    assertThat(ints).isEqualTo(same.integers(3));
    assertThat(bounded).isEqualTo(same.integers(3, 5, 6));
    assertThat(doubles).isEqualTo(same.doubles(2));
    assertThat(boundedDoubles).isEqualTo(same.doubles(2, 3.0, 4.0));
    assertThat(Forgery.fake().uuid()).isInstanceOf(UUID.class);
  }
}
