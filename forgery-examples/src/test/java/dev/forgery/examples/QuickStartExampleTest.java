package dev.forgery.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forgery.Faker;
import dev.forgery.Forgery;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The README's quick start, compiled and run. */
class QuickStartExampleTest {

  @Test
  void batchesAndSingles() {
    Faker faker = new Faker("en_US", 42L); // same seed, same data, on every JVM

    List<String> names = faker.names(100_000); // the fast path: one call, one list
    List<String> emails = faker.emails(100_000);
    String one = faker.name(); // the convenience path
    int[] ages = faker.integers(1_000, 18, 65); // numeric batches are primitive arrays
    UUID id = faker.uuid();

    assertThat(names).hasSize(100_000);
    assertThat(emails).allMatch(e -> e.contains("@"));
    assertThat(one).contains(" ");
    assertThat(ages).hasSize(1_000);
    assertThat(id.version()).isEqualTo(4);
  }

  @Test
  void reseedingReplaysTheSameValues() {
    Faker faker = new Faker("en_US", 7L);
    List<String> first = faker.names(10);
    faker.seed(7L);
    assertThat(faker.names(10)).isEqualTo(first);
  }

  @Test
  void shortcutsOnTheSharedInstance() {
    Forgery.seed(42L); // seeds the shared instance only
    List<String> safe = Forgery.safeEmails(3); // example.com/.org/.net: never reaches anyone
    assertThat(safe).allMatch(e -> e.matches(".+@example\\.(com|org|net)"));
  }

  @Test
  void customProvidersByName() {
    Faker faker = new Faker("en_US", 1L);
    faker.register("sku", f -> "SKU-" + f.integer(1000, 9999));
    Object sku = faker.generate("sku");
    List<Object> more = faker.generate("safe_email", 3); // any provider, by name
    assertThat(sku).asString().startsWith("SKU-");
    assertThat(more).hasSize(3);
  }
}
