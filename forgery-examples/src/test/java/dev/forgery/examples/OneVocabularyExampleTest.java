package dev.forgery.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forgery.Faker;
import dev.forgery.Provider;
import dev.forgery.Schema;
import dev.forgery.UnknownProviderException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's "One vocabulary" section, compiled and run. */
class OneVocabularyExampleTest {

  @Test
  void providersAsHandlesAliasesAndInference() {
    Faker faker = new Faker("en_US", 42L);

    Provider<?> dice = faker.provider("int", 1, 6); // a handle: next(), next(n), type()
    List<?> rolls = dice.next(1_000); // the batch path
    Object zip = faker.generate("zip"); // aliases: zip, zipCode -> postcode
    Provider<?> email = faker.inferProvider("customerEmail", String.class);

    assertThat(dice.name()).isEqualTo("integer");
    assertThat(rolls).hasSize(1_000).allSatisfy(r -> assertThat((Integer) r).isBetween(1, 6));
    assertThat(zip).asString().matches("\\d{5}");
    assertThat(email.name()).isEqualTo("email");
  }

  @Test
  void theSameWordGivesTheSameValuesEverywhere() {
    record Customer(String email, int age, String zip) {}
    Schema schema =
        Schema.builder()
            .field("email", "email")
            .field("age", "int", 18, 80)
            .field("zip", "postcode")
            .build();
    Customer fromRecord = new Faker("en_US", 3L).record(Customer.class);
    assertThat(fromRecord.age()).isBetween(18, 80);
    assertThat(fromRecord.zip()).matches("\\d{5}");
    assertThat(new Faker("en_US", 3L).records(1, schema).get(0)).containsKeys("email", "age");
    assertThatThrownBy(() -> new Faker("en_US", 3L).generate("emial"))
        .isInstanceOfSatisfying(
            UnknownProviderException.class,
            e -> assertThat(e.suggestions()).containsExactly("email"));
  }
}
