package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Pins a few seed-to-value pairs so that any change to generated output is seen. When a change is
 * deliberate, update these values and say so in CHANGELOG.md: users' snapshots depend on them.
 */
class GoldenValuesTest {

  @Test
  void seed42() {
    Faker faker = new Faker("en_US", 42L);
    assertThat(faker.name()).isEqualTo("Dylan McGahan");
    assertThat(faker.email()).isEqualTo("lsibley@garner.us");
    assertThat(faker.safeEmail()).isEqualTo("ahernandez@example.org");
    assertThat(faker.freeEmail()).isEqualTo("pierce.melissa@gmail.com");
    assertThat(faker.integer(1, 1_000_000)).isEqualTo(665160);
    assertThat(faker.doubleValue(0, 1)).isEqualTo(0.20343510930023068);
    assertThat(faker.uuid()).isEqualTo(UUID.fromString("1a83d752-f35e-4a75-bed9-0003f67f9e1d"));
  }

  @Test
  void seed0Batches() {
    Faker faker = new Faker("en_US", 0L);
    assertThat(faker.names(3)).containsExactly("Jackie Jenkins", "Barry Whalley", "Marcy Lee");
    assertThat(faker.integers(5)).containsExactly(17, 77, 24, 96, 40);
  }
}
