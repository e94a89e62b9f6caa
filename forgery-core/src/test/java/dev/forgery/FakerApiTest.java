package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** The single/batch contract and the by-name access that schemas build on. */
class FakerApiTest {
  private static <T> void batchEqualsSingles(IntFunction<List<T>> batch, Function<Faker, T> one) {
    Faker faker = new Faker("en_US", 77L);
    // More values than one block of the batches that draw a block's random values at once.
    List<T> values = batch.apply(1_100);
    faker.seed(77L);
    List<T> singles = new ArrayList<>();
    for (int i = 0; i < 1_100; i++) {
      singles.add(one.apply(faker));
    }
    assertThat(values).isEqualTo(singles);
  }

  @Test
  void batchesEqualRepeatedSingles() {
    batchEqualsSingles(n -> new Faker("en_US", 77L).names(n), Faker::name);
    batchEqualsSingles(n -> new Faker("en_US", 77L).firstNames(n), Faker::firstName);
    batchEqualsSingles(n -> new Faker("en_US", 77L).lastNames(n), Faker::lastName);
    batchEqualsSingles(n -> new Faker("en_US", 77L).emails(n), Faker::email);
    batchEqualsSingles(n -> new Faker("en_US", 77L).safeEmails(n), Faker::safeEmail);
    batchEqualsSingles(n -> new Faker("en_US", 77L).freeEmails(n), Faker::freeEmail);
    batchEqualsSingles(n -> new Faker("en_US", 77L).uuids(n), Faker::uuid);
    batchEqualsSingles(n -> new Faker("en_US", 77L).cities(n), Faker::city);
    batchEqualsSingles(n -> new Faker("en_US", 77L).states(n), Faker::state);
    batchEqualsSingles(n -> new Faker("en_US", 77L).stateAbbrs(n), Faker::stateAbbr);
    batchEqualsSingles(n -> new Faker("en_US", 77L).postcodes(n), Faker::postcode);
    batchEqualsSingles(
        n -> boxed(new Faker("en_US", 77L).integers(n, -5, 5)), f -> f.integer(-5, 5));
    batchEqualsSingles(n -> boxed(new Faker("en_US", 77L).integers(n)), f -> f.integer(0, 100));
    batchEqualsSingles(
        n -> boxed(new Faker("en_US", 77L).doubles(n, -1, 1)), f -> f.doubleValue(-1, 1));
    batchEqualsSingles(n -> boxed(new Faker("en_US", 77L).doubles(n)), f -> f.doubleValue(0, 1));
    batchEqualsSingles(n -> boxed(new Faker("en_US", 77L).bools(n)), Faker::bool);
    batchEqualsSingles(n -> new Faker("en_US", 77L).generate("safe_email", n), Faker::safeEmail);
    batchEqualsSingles(
        n -> new Faker("en_US", 77L).generate("lastName", n), f -> f.generate("LAST_NAME"));
  }

  @Test
  void localesAndArgumentsAreChecked() {
    assertThat(new Faker(Locale.US, 1L).locale()).isEqualTo(Locale.US);
    assertThat(new Faker("en-us").locale()).isEqualTo(Locale.US);
    assertThat(new Faker(Locale.US).toString()).isEqualTo("Faker[en_US]");
    assertThat(new Faker().locale()).isEqualTo(Locale.US);
    assertThatThrownBy(() -> new Faker("xx_XX")).hasMessageContaining("supported locales");
    assertThatThrownBy(() -> new Faker("xx")).hasMessageContaining("not supported");
    assertThatThrownBy(() -> new Faker((String) null)).hasMessageContaining("must not be null");
    assertThatThrownBy(() -> new Faker((Locale) null)).hasMessageContaining("must not be null");
    Faker faker = new Faker("en_US", 1L);
    assertThatThrownBy(() -> faker.names(-1)).hasMessageContaining("n must be >= 0, got -1");
    assertThatThrownBy(() -> faker.integer(2, 1)).hasMessageContaining("min must be <= max");
    assertThatThrownBy(() -> faker.doubleValue(Double.NaN, 1)).hasMessageContaining("finite");
    assertThatThrownBy(() -> faker.doubleValue(0, Double.POSITIVE_INFINITY))
        .hasMessageContaining("finite");
    assertThatThrownBy(() -> faker.doubleValue(1, 1)).hasMessageContaining("min must be < max");
    assertThat(faker.doubleValue(-Double.MAX_VALUE, Double.MAX_VALUE)).isFinite();
  }

  @Test
  void providersByNameAndRegistration() {
    Faker faker = new Faker("en_US", 1L);
    assertThat(faker.providers()).contains("email", "firstName", "safeEmail", "uuid");
    assertThat(faker.generate("first_name")).isInstanceOf(String.class);
    assertThatThrownBy(() -> faker.generate("emial")).hasMessageContaining("did you mean 'email'");
    assertThatThrownBy(() -> faker.generate(null)).hasMessageContaining("must not be null");
    assertThatThrownBy(() -> faker.register(" ", f -> 1)).hasMessageContaining("blank");
    assertThatThrownBy(() -> faker.register("safe_email", f -> 1))
        .hasMessageContaining("built-in provider 'safeEmail'");
    faker.register("answer", f -> 42);
    assertThat(faker.providers()).contains("answer");
    assertThat(faker.generate("ANSWER")).isEqualTo(42);
  }

  @Test
  void sharedInstanceShortcuts() {
    Forgery.seed(5L);
    List<String> names = Forgery.names(3);
    Forgery.seed(5L);
    assertThat(Forgery.fake().names(3)).isEqualTo(names);
    assertThat(Forgery.firstNames(2)).hasSize(2);
    assertThat(Forgery.lastNames(2)).hasSize(2);
    assertThat(Forgery.emails(2)).hasSize(2);
    assertThat(Forgery.safeEmails(2)).allMatch(e -> e.contains("@example."));
    assertThat(Forgery.integers(2)).hasSize(2);
    assertThat(Forgery.integers(2, 3, 3)).containsExactly(3, 3);
    assertThat(Forgery.doubles(2)).hasSize(2);
    assertThat(Forgery.doubles(2, 5, 6)).hasSize(2);
    assertThat(Forgery.uuids(2)).hasSize(2);
    Schema schema = Schema.builder().field("email", "email").build();
    assertThat(Forgery.records(3, schema)).hasSize(3);
    assertThat(Forgery.records(3, dev.forgery.fixtures.Person.class)).hasSize(3);
  }

  private static List<Integer> boxed(int[] values) {
    List<Integer> out = new ArrayList<>();
    for (int v : values) {
      out.add(v);
    }
    return out;
  }

  private static List<Double> boxed(double[] values) {
    List<Double> out = new ArrayList<>();
    for (double v : values) {
      out.add(v);
    }
    return out;
  }

  private static List<Boolean> boxed(boolean[] values) {
    List<Boolean> out = new ArrayList<>();
    for (boolean v : values) {
      out.add(v);
    }
    return out;
  }
}
