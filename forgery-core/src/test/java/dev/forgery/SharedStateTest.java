package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forgery.fixtures.Person;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Shared state and uniqueness hold when someone tries to break them: registration from many
 * threads, names that would shadow built-ins, unique batches as large as a provider's domain, and
 * record overrides that do not fit their component.
 */
class SharedStateTest {

  @Test
  void registrationFromManyThreadsLosesNothingAndListingNeverThrows() throws Exception {
    Faker shared = new Faker("en_US", 1L);
    int threads = 4;
    int each = 500;
    ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int id = t;
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < each; i++) {
                    String name = "custom" + id + "x" + i;
                    shared.register(name, f -> name);
                  }
                  return null;
                }));
      }
      futures.add(
          pool.submit(
              () -> {
                start.await();
                for (int i = 0; i < 2_000; i++) {
                  // Reading while others register: never a ConcurrentModificationException.
                  assertThat(shared.providers()).contains("email");
                }
                return null;
              }));
      start.countDown();
      for (Future<?> f : futures) {
        f.get(60, TimeUnit.SECONDS);
      }
    } catch (java.util.concurrent.ExecutionException e) {
      assertThat(e.getCause()).isNotInstanceOf(ConcurrentModificationException.class);
      throw e;
    } finally {
      pool.shutdownNow();
    }
    assertThat(shared.providers().stream().filter(p -> p.startsWith("custom")).count())
        .isEqualTo((long) threads * each);
    for (int t = 0; t < threads; t++) {
      assertThat(shared.generate("custom" + t + "x" + (each - 1))).isEqualTo("custom" + t + "x499");
    }
  }

  @Test
  void builtInNamesAliasesAndSchemaKeywordsCannotBeShadowed() {
    Faker faker = new Faker("en_US", 2L);
    for (String taken :
        List.of("int", "integer", "choice", "float", "bool", "date", "text", "zip")) {
      assertThatThrownBy(() -> faker.register(taken, f -> "x"))
          .as(taken)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("cannot be replaced");
    }
    // So a schema's int is always the built-in one.
    assertThat(faker.generate("int")).isInstanceOf(Integer.class);
  }

  @Test
  void uniqueSucceedsWheneverTheDomainAllows() {
    // 51 states (with DC), drawn by population: the last ones are rare, but the domain is known.
    for (long seed = 0; seed < 300; seed++) {
      assertThat(new Faker("en_US", seed).unique("state", 51)).as("seed %d", seed).hasSize(51);
    }
    assertThatThrownBy(() -> new Faker("en_US", 1L).unique("state", 52))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("can take only 51 distinct values");
    List<Object> names = new Faker("en_US", 3L).unique("firstName", 10_000);
    assertThat(names).hasSize(10_000).doesNotHaveDuplicates();
  }

  @Test
  void aRecordOverrideMustFitItsComponent() {
    record Small(byte level, String name) {}
    Schema tooWide = Schema.builder().field("level", "int", 100, 300).build();
    assertThatThrownBy(() -> new Faker("en_US", 1L).records(5, Small.class, tooWide))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("component 'level'")
        .hasMessageContaining("does not fit a byte");
    Schema fits = Schema.builder().field("level", "int", -128, 127).build();
    assertThat(new Faker("en_US", 1L).records(5, Small.class, fits)).hasSize(5);
    assertThat(new Faker("en_US", 1L).records(3, Person.class)).hasSize(3);
  }
}
