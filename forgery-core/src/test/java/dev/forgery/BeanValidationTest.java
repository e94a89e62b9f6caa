package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forgery.fixtures.objects.AddressBean;
import dev.forgery.fixtures.objects.CustomerBean;
import dev.forgery.fixtures.objects.Department;
import dev.forgery.fixtures.objects.Employee;
import dev.forgery.fixtures.objects.Invoice;
import dev.forgery.fixtures.objects.Page;
import dev.forgery.fixtures.objects.Status;
import dev.forgery.fixtures.objects.Ticket;
import dev.forgery.fixtures.validation.Account;
import dev.forgery.fixtures.validation.Club;
import dev.forgery.fixtures.validation.Product;
import dev.forgery.fixtures.validation.Shipment;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Objects of annotated domain models, filled without configuration, pass Hibernate Validator: a
 * bean, a record with nested records and constrained container elements, a constructor class with
 * dates on both sides of today, a class with composed and Hibernate-specific constraints, and the
 * object fixtures (a bean, an all-args class, JPA-style entities with a cycle, a generic page and a
 * record of enums) with the constraints their users write.
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
    return valid(TypeRef.of(type));
  }

  /** Fills {@value #OBJECTS} objects of a generic type per seed and checks each. */
  private static <T> List<T> valid(TypeRef<T> type) {
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
  void theObjectFixturesWithTheirConstraintsPassTheValidator() {
    List<Class<?>> fixtures =
        List.of(
            CustomerBean.class,
            AddressBean.class,
            Invoice.class,
            Employee.class,
            Department.class,
            Page.class,
            Ticket.class);
    // The fixtures must carry constraints, or passing the validator would prove nothing.
    assertThat(fixtures)
        .allMatch(type -> validator.getConstraintsForClass(type).isBeanConstrained());
    List<CustomerBean> beans = valid(CustomerBean.class);
    assertThat(beans).allMatch(b -> b.getAddress() != null && b.getPrice().scale() <= 2);
    valid(Invoice.class);
    List<Employee> employees = valid(Employee.class);
    assertThat(employees)
        .allMatch(e -> e.getBirthDate().isBefore(LocalDate.now(ZoneOffset.UTC)))
        .anyMatch(e -> e.getManager() != null)
        // The department's employees point back at the root's class: empty (ADR 0032).
        .allMatch(e -> e.getDepartment().getEmployees().isEmpty());
    valid(Department.class);
    List<Page<CustomerBean>> pages = valid(new TypeRef<Page<CustomerBean>>() {});
    assertThat(pages).allMatch(p -> p.getContent().size() == 10);
    valid(Ticket.class);
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

  /** Addresses restricted by an expression of their own or by a size. */
  record Contacts(
      @Email(regexp = ".*@example\\.(com|org|net)") String email,
      @Email(regexp = "^.+@acme\\.(com|io)$") String work,
      @Email(regexp = "[a-z]+\\.[a-z]+@(sales|support)\\.acme\\.com") String team,
      @Email(regexp = ".*@.*\\.(de|fr)", flags = Pattern.Flag.CASE_INSENSITIVE) String europe,
      @Email @Size(min = 3, max = 12) String shortEmail,
      @Email(regexp = ".*@acme\\.com") @Size(max = 14) String shortWork,
      @Email @Size(min = 40) String longEmail,
      @Email @Size(max = 5) String tiny,
      List<@Email(regexp = ".+@example\\.org") String> recipients) {}

  @Test
  void anEmailsOwnExpressionDecidesItsDomain() {
    List<Contacts> contacts = valid(Contacts.class);
    assertThat(contacts)
        .allSatisfy(
            c -> {
              assertThat(c.email()).matches("[a-z0-9._]+@example\\.(com|org|net)");
              assertThat(c.work()).matches("[a-z0-9._]+@acme\\.(com|io)");
              assertThat(c.team()).matches("[a-z]+\\.[a-z]+@(sales|support)\\.acme\\.com");
              assertThat(c.europe()).containsOnlyOnce("@").matches("(?i).*\\.(de|fr)");
              assertThat(c.recipients()).allMatch(r -> r.endsWith("@example.org"));
            });
    // The local parts are the email provider's: names, as in every other address.
    assertThat(contacts).extracting(Contacts::work).anyMatch(w -> w.matches("[a-z]+\\.[a-z]+@.*"));
    assertThat(contacts)
        .extracting(Contacts::email)
        .map(e -> e.substring(e.indexOf('@')))
        .contains("@example.com", "@example.org", "@example.net");
  }

  @Test
  void anEmailUnderASizeIsFittedToIt() {
    List<Contacts> contacts = valid(Contacts.class);
    assertThat(contacts)
        .allSatisfy(
            c -> {
              assertThat(c.shortEmail()).hasSizeBetween(3, 12).containsOnlyOnce("@");
              assertThat(c.shortWork()).hasSizeLessThanOrEqualTo(14).endsWith("@acme.com");
              assertThat(c.longEmail()).hasSizeGreaterThanOrEqualTo(40);
              assertThat(c.tiny()).hasSizeBetween(3, 5).containsOnlyOnce("@");
            });
    // Short addresses keep a realistic shape: a name's start and a dotted domain.
    assertThat(contacts)
        .extracting(Contacts::shortEmail)
        .allMatch(e -> e.matches("[a-z0-9._]+@[a-z0-9-]+(\\.[a-z0-9-]+)+"));
  }
}
