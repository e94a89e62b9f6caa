package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forgery.fixtures.objects.Status;
import dev.forgery.fixtures.validation.Account;
import dev.forgery.fixtures.validation.Club;
import dev.forgery.fixtures.validation.Product;
import dev.forgery.fixtures.validation.Shipment;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Objects of annotated domain models, filled without configuration, pass Hibernate Validator: a
 * bean, a record with nested records and constrained container elements, a constructor class with
 * dates on both sides of today, and a class with composed and Hibernate-specific constraints.
 */
class BeanValidationTest {
  private static final long[] SEEDS = {1L, 2L, 3L};
  private static final int OBJECTS = 1_000;

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void startValidator() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void closeValidator() {
    factory.close();
  }

  /** Fills {@value #OBJECTS} objects per seed and checks each with the validator. */
  private static <T> List<T> valid(Class<T> type) {
    List<T> all = new java.util.ArrayList<>();
    for (long seed : SEEDS) {
      List<T> objects = new Faker("en_US", seed).records(OBJECTS, type);
      for (T o : objects) {
        Set<ConstraintViolation<T>> violations = validator.validate(o);
        assertThat(violations)
            .as(
                "%s: %s",
                o,
                violations.stream()
                    .map(
                        v -> v.getPropertyPath() + " " + v.getMessage() + " " + v.getInvalidValue())
                    .collect(Collectors.joining("; ")))
            .isEmpty();
      }
      all.addAll(objects);
    }
    return all;
  }

  @Test
  void aBeanPassesTheValidator() {
    List<Account> accounts = valid(Account.class);
    assertThat(accounts).extracting(Account::getAge).contains(21, 67).allMatch(a -> a >= 21);
  }

  @Test
  void aRecordPassesTheValidator() {
    valid(Product.class);
  }

  @Test
  void aConstructorClassPassesTheValidator() {
    valid(Shipment.class);
  }

  @Test
  void composedAndHibernateConstraintsAreHonoured() {
    List<Club> clubs = valid(Club.class);
    assertThat(clubs).allMatch(c -> c.statuses().size() >= 2);
    assertThat(clubs).flatExtracting(Club::statuses).contains(Status.values());
  }
}
