package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A property decided by a {@code Function<Faker, ?>} is never run to learn its type: its values are
 * checked as they are drawn, with a message that names the path, the value and the fix.
 */
class FunctionOverridesTest {
  record Cust(String name, int age) {}

  record Numbered(int id, String name) {}

  static class Holder {
    Cust cust;
  }

  @Test
  void aFunctionIsNeverRunToPlanSoItsEffectsAreTheRowsOwn() {
    AtomicInteger counter = new AtomicInteger();
    Schema ids = Schema.builder().field("id", f -> counter.incrementAndGet()).build();
    Faker faker = new Faker("en_US", 1L);
    assertThat(faker.records(0, Numbered.class, ids)).isEmpty();
    assertThat(counter).hasValue(0);
    List<Numbered> rows = faker.records(3, Numbered.class, ids);
    assertThat(rows).extracting(Numbered::id).containsExactly(1, 2, 3);
  }

  @Test
  void aValueThatDoesNotFitNamesTheRowPathValueTypeAndFix() {
    Schema notAnInt = Schema.builder().field("age", f -> "notAnInt").build();
    Faker faker = new Faker("en_US", 1L);
    assertThatThrownBy(() -> faker.records(1, Cust.class, notAnInt))
        .hasMessageContaining("row 0")
        .hasMessageContaining("at Cust.age")
        .hasMessageContaining("returned 'notAnInt' (java.lang.String), which is not a")
        .hasMessageContaining("java.lang.Integer; make it return Integer values")
        .hasMessageContaining("checked as they are drawn");
    Schema nested = Schema.builder().field("cust.age", f -> 4.5).build();
    assertThatThrownBy(() -> faker.records(1, Holder.class, nested))
        .hasMessageContaining("at Holder.cust.age")
        .hasMessageContaining("returned '4.5' (java.lang.Double)");
  }
}
