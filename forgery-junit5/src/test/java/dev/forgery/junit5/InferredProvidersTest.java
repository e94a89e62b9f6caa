package dev.forgery.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forgery.Faker;
import dev.forgery.Provider;
import dev.forgery.TypeRef;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A target remembers the provider its name infers to, and draws from it what inference would. */
class InferredProvidersTest {
  private static final List<LocalDate> DATES =
      List.of(LocalDate.of(2026, 1, 1), LocalDate.of(1999, 6, 30));

  private static Forger.Target target(String name, Type type, Map<String, Object> members) {
    return new Forger.Target("parameter '" + name + "'", "T.test", name, type, Forgeds.of(members));
  }

  @Test
  void aRememberedProviderDrawsWhatInferenceDraws() {
    List<Forger.Target> targets =
        List.of(
            target("email", String.class, Map.of()),
            target("age", int.class, Map.of()),
            target("ownerEmail", String.class, Map.of()),
            target("birthday", LocalDate.class, Map.of()),
            target("cities", new TypeRef<List<String>>() {}.type(), Map.of("size", 5)),
            target("password", String.class, Map.of("min", "8", "max", "12")));
    for (Forger.Target target : targets) {
      Forger.Inferred inferred = new Forger.Inferred();
      for (String locale : List.of("en_US", "de_DE", "en_US")) {
        for (LocalDate today : DATES) {
          for (long seed = 1; seed <= 3; seed++) {
            Object remembered =
                Forger.forge(
                    target,
                    new Faker(locale, seed).withToday(today),
                    new Forger.Memory(inferred, locale));
            Object inferredAgain = Forger.forge(target, new Faker(locale, seed).withToday(today));
            assertThat(remembered).as(target.label()).isEqualTo(inferredAgain);
          }
        }
      }
    }
  }

  @Test
  void aProviderIsRecalledOnlyForTheLocaleAndDateItWasInferredFor() {
    Forger.Memory memory = new Forger.Memory(new Forger.Inferred(), "en_US");
    Faker faker = new Faker("en_US", 1L).withToday(DATES.get(0));
    assertThat(memory.recall(faker)).isNull();

    Forger.forge(target("age", int.class, Map.of()), faker, memory);
    Provider<?> recalled = memory.recall(new Faker("en_US", 2L).withToday(DATES.get(0)));
    Provider<?> inferred = faker.inferProvider("age", int.class);
    assertThat(recalled.name()).isEqualTo(inferred.name());
    assertThat(recalled.arguments()).isEqualTo(inferred.arguments()).isNotEmpty();

    assertThat(memory.recall(new Faker("en_US", 2L).withToday(DATES.get(1)))).isNull();
    assertThat(
            new Forger.Memory(memory.inferred(), "de_DE")
                .recall(new Faker("de_DE", 2L).withToday(DATES.get(0))))
        .isNull();
  }
}
