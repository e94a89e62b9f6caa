package dev.forgery.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.commons.validator.routines.EmailValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

class RecordsTest {
  public record Person(String firstName, String lastName, String email, UUID id) {}

  public record Unfillable(Thread thread) {}

  @ExtendWith(ForgeryExtension.class)
  static class RecordsTestCase {
    @Forged Person owner;

    @Test
    void records(
        @Forged Person person,
        @Forged(size = 3) List<Person> people,
        @Forged Person[] more,
        @Forged Supplier<Person> supplier) {
      Kit.see("person", person);
      Kit.see("people", people);
      Kit.see("more", List.of(more));
      Kit.see("supplied", supplier.get());
      Kit.see("owner", owner);
    }
  }

  @ExtendWith(ForgeryExtension.class)
  static class NamedRecordTestCase {
    @Test
    void test(@Forged("name") Person person) {}
  }

  @ExtendWith(ForgeryExtension.class)
  static class UnfillableTestCase {
    @Test
    void test(@Forged Unfillable value) {}
  }

  @Test
  @SuppressWarnings("unchecked")
  void recordsAreFilledByComponentNames() {
    Kit.run(RecordsTestCase.class, "forgery.seed", "11")
        .testEvents()
        .assertStatistics(stats -> stats.succeeded(1));
    Person person = (Person) Kit.seen().get("person");
    assertThat(EmailValidator.getInstance().isValid(person.email())).isTrue();
    assertThat(person.firstName()).isNotBlank();
    assertThat(person.id().version()).isEqualTo(4);
    assertThat((List<Person>) Kit.seen().get("people")).hasSize(3).doesNotHaveDuplicates();
    assertThat((List<Person>) Kit.seen().get("more")).hasSize(10);
    assertThat(Kit.seen().get("supplied")).isInstanceOf(Person.class);
    assertThat(Kit.seen().get("owner")).isInstanceOf(Person.class).isNotEqualTo(person);

    Object again = Kit.seen().get("people");
    Kit.run(RecordsTestCase.class, "forgery.seed", "11");
    assertThat(Kit.seen().get("people")).isEqualTo(again);
  }

  @Test
  void recordErrorsSayWhatToChange() {
    assertThat(Kit.onlyFailure(Kit.run(NamedRecordTestCase.class)).getMessage())
        .contains("a record is filled component by component, not from the provider 'name'");
    assertThat(Kit.onlyFailure(Kit.run(UnfillableTestCase.class)).getMessage())
        .contains("Cannot forge parameter 'value'")
        .contains("thread");
  }
}
