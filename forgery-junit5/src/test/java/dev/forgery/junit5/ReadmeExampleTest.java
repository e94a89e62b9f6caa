package dev.forgery.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forgery.Faker;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;

/** The README's "Saying what a test needs", compiled and run. */
class ReadmeExampleTest {
  enum Status {
    ACTIVE,
    LOCKED
  }

  /** The README's custom provider. */
  public static final class ShopProviders implements CustomProviders {
    @Override
    public void register(Faker faker) {
      faker.register("sku", f -> "SKU-" + f.digits(6));
    }
  }

  @ExtendWith(ForgeryExtension.class)
  @ForgeryProviders(ShopProviders.class)
  static class ShippingTestCase {
    @Test
    void ships(
        @Forged(min = "0.5", max = "30") double weight, // [0.5, 30), not [0, 1)
        @Forged(min = "2020-01-01", max = "2020-12-31") LocalDate day,
        @Forged(value = "text", max = "40") String note, // 1..40 characters
        @Forged(oneOf = {"ACTIVE", "LOCKED"}) Status status,
        @Forged(unique = true, size = 2_000) List<String> emails, // a UNIQUE column's worth
        @Forged("sku") String sku) { // a custom provider
      assertThat(weight).isGreaterThanOrEqualTo(0.5).isLessThan(30);
      assertThat(day.getYear()).isEqualTo(2020);
      assertThat(note.length()).isBetween(1, 40);
      assertThat(status).isNotNull();
      assertThat(new HashSet<>(emails)).hasSize(2_000);
      assertThat(sku).matches("SKU-\\d{6}");
      Kit.see("ships", sku);
    }

    @ParameterizedTest
    @ForgedSource(samples = 50) // 50 runs, all parameters forged
    void acceptsAdults(String email, @Forged(min = "18", max = "120") int age) {
      assertThat(email).contains("@");
      assertThat(age).isBetween(18, 120);
      Kit.see(email, age);
    }
  }

  @Test
  void theExampleRuns() {
    Map<String, Object> seen = Kit.passed(ShippingTestCase.class, 12, 51);
    assertThat(seen).hasSize(51);
  }
}
