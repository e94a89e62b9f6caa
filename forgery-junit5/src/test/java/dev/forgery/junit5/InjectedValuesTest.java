package dev.forgery.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forgery.Faker;
import dev.forgery.junit5.internal.ForgeryReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The failure report shows injected values as they were injected: values that cannot change are
 * rendered only when a test fails, the others when they are injected.
 */
class InjectedValuesTest {
  /** A record of values that cannot change. */
  public record Visit(String email, LocalDate date, int age, Kind kind) {}

  /** A record with a component that can change. */
  public record Basket(String owner, List<String> items) {}

  /** An enum rendered by its name. */
  public enum Kind {
    NEW,
    RETURNING
  }

  /** An enum that renders itself otherwise. */
  public enum Loud {
    ON {
      @Override
      public String toString() {
        return "on!";
      }
    }
  }

  @ExtendWith(ForgeryExtension.class)
  static class ChangesItsValuesThenFails {
    @Test
    void fails(
        @Forged ObjectsTest.Customer customer,
        @Forged(size = 2) int[] ages,
        @Forged(size = 2) List<ObjectsTest.Customer> customers,
        @Forged Visit visit,
        @Forged(size = 4) List<String> emails,
        @Forged String city) {
      Kit.see("customer", Abbreviation.of(customer));
      Kit.see("ages", Abbreviation.of(ages));
      Kit.see("customers", Abbreviation.of(customers));
      Kit.see("visit", Abbreviation.of(visit));
      Kit.see("emails", Abbreviation.of(emails));
      Kit.see("city", Abbreviation.of(city));
      customer.setEmail("changed@example.com");
      ages[0] = -1;
      customers.get(0).setAge(-1);
      throw new AssertionError("failed after changing its values");
    }
  }

  @Test
  void theReportShowsEachValueAsItWasInjected() {
    Throwable failure =
        Kit.onlyFailure(Kit.run(ChangesItsValuesThenFails.class, "forgery.seed", "7"));
    ForgeryReport report = (ForgeryReport) failure.getSuppressed()[0];
    Map<String, Object> seen = Kit.seen();

    assertThat(seen).hasSize(6);
    for (Map.Entry<String, Object> value : seen.entrySet()) {
      assertThat(report.getMessage()).contains(value.getKey() + " = " + value.getValue());
    }
    assertThat(report.getMessage())
        .doesNotContain("changed@example.com")
        .doesNotContain("age=-1")
        .doesNotContain("[-1");
  }

  @Test
  void valuesThatCannotChangeAreSettled() {
    Faker faker = new Faker("en_US", 1L);
    Supplier<String> supplier = faker::email;
    assertThat(
            List.of(
                "text",
                42,
                4.2,
                true,
                'c',
                UUID.randomUUID(),
                LocalDate.of(2026, 1, 1),
                java.time.ZoneId.of("Europe/Paris"),
                java.util.Locale.CANADA_FRENCH,
                java.util.Currency.getInstance("EUR"),
                java.net.URI.create("https://example.com/a"),
                Kind.NEW,
                new Visit("a@example.com", LocalDate.of(2026, 1, 1), 30, Kind.RETURNING),
                faker,
                supplier,
                List.of("a", "b"),
                Set.of(1, 2, 3),
                Collections.unmodifiableList(new ArrayList<>(List.of("a", "b", "c", "d"))),
                Collections.unmodifiableSet(new LinkedHashSet<>(List.of(1, 2)))))
        .allMatch(Settled::is);
    assertThat(Settled.is(null)).isTrue();
    assertThat(Settled.is(Stream.of(1))).isTrue();
  }

  @Test
  void valuesThatCanChangeAreNot() {
    assertThat(
            List.of(
                new int[] {1},
                new String[] {"a"},
                new ArrayList<>(List.of("a")),
                new ObjectsTest.Customer(),
                List.of(new ObjectsTest.Customer()),
                new Basket("ada", new ArrayList<>()),
                Loud.ON,
                new StringBuilder("text"),
                new java.util.Date(0L))) // a Date can be set after it is injected
        .noneMatch(Settled::is);
  }

  @Test
  void onlyTheItemsARenderingShowsDecide() {
    List<Object> fourth = new ArrayList<>(List.of("a", "b", "c"));
    fourth.add(new ObjectsTest.Customer());
    assertThat(Settled.is(Collections.unmodifiableList(fourth))).isTrue();
    assertThat(Settled.is(Collections.unmodifiableList(fourth.subList(1, 4)))).isFalse();
  }
}
