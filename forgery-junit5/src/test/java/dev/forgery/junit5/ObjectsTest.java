package dev.forgery.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Date;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

class ObjectsTest {
  /** A bean: a public no-arg constructor and setters. */
  public static class Customer {
    private String firstName;
    private String email;
    private int age;

    public String getFirstName() {
      return firstName;
    }

    public void setFirstName(String firstName) {
      this.firstName = firstName;
    }

    public String getEmail() {
      return email;
    }

    public void setEmail(String email) {
      this.email = email;
    }

    public int getAge() {
      return age;
    }

    public void setAge(int age) {
      this.age = age;
    }
  }

  /** A class made through its one constructor. */
  public static class Order {
    private final String id;
    private final Customer customer;
    private final List<String> productNames;

    public Order(String id, Customer customer, List<String> productNames) {
      this.id = id;
      this.customer = customer;
      this.productNames = productNames;
    }

    public String id() {
      return id;
    }

    public Customer customer() {
      return customer;
    }

    public List<String> productNames() {
      return productNames;
    }
  }

  /** A generic class. */
  public static class Page<T> {
    public List<T> items = new ArrayList<>();
    public int number;
  }

  /** Two public constructors and nothing to choose by. */
  public static class Ambiguous {
    public Ambiguous(String email) {}

    public Ambiguous(int age) {}
  }

  @ExtendWith(ForgeryExtension.class)
  static class ObjectsTestCase {
    @Forged Customer owner;

    @Forged Page<Order> orderPage;

    @Test
    void objects(
        @Forged Customer customer,
        @Forged List<Order> orders,
        @Forged Page<Customer> page,
        @Forged(size = 3) Set<Customer> few,
        @Forged(size = 2) List<Page<Customer>> pages,
        @Forged Supplier<Order> supplier) {
      Kit.see("customer", customer);
      Kit.see("orders", orders);
      Kit.see("page", page);
      Kit.see("few", few);
      Kit.see("pages", pages);
      Kit.see("supplied", supplier.get());
      Kit.see("owner", owner);
      Kit.see("orderPage", orderPage);
    }
  }

  /** JDK value types and containers beyond the common ones, and a timestamp named for its role. */
  public record Settings(
      ZoneId zone,
      ZoneOffset offset,
      char initial,
      Locale locale,
      Currency currency,
      Date signedAt,
      SortedSet<String> tags,
      Deque<String> emails,
      EnumMap<DayOfWeek, String> notes,
      Instant createdAt) {}

  @ExtendWith(ForgeryExtension.class)
  static class ValueTypesTestCase {
    @Test
    void test(
        @Forged Settings settings,
        @Forged Instant createdAt,
        @Forged LocalDate dueDate,
        @Forged long updatedAt) {
      Kit.see("settings", settings);
      Kit.see("createdAt", createdAt);
      Kit.see("dueDate", dueDate);
      Kit.see("updatedAt", updatedAt);
    }
  }

  @Test
  void forgedObjectsHoldZonesLocalesSortedAndEnumContainersAndInferredTimestamps() {
    Kit.run(ValueTypesTestCase.class, "forgery.seed", "5", "forgery.today", "2026-06-15")
        .testEvents()
        .assertStatistics(stats -> stats.succeeded(1));
    Settings settings = (Settings) Kit.seen().get("settings");
    assertThat(settings.zone().getId()).contains("/");
    assertThat(settings.offset().getTotalSeconds()).isBetween(-12 * 3600, 14 * 3600);
    assertThat(settings.initial()).isBetween('a', 'z');
    assertThat(settings.locale().getCountry()).hasSize(2);
    assertThat(settings.currency().getCurrencyCode()).hasSize(3);
    assertThat(settings.tags()).isNotEmpty();
    assertThat(List.copyOf(settings.tags())).isSorted();
    assertThat(settings.emails()).hasSize(10).allMatch(e -> e.contains("@"));
    assertThat(settings.notes()).isInstanceOf(EnumMap.class).isNotEmpty();
    Instant today = Instant.parse("2026-06-15T00:00:00Z");
    Instant recent = today.minus(Duration.ofDays(3 * 365));
    assertThat(settings.createdAt()).isBetween(recent, today);
    assertThat((Instant) Kit.seen().get("createdAt")).isBetween(recent, today);
    assertThat((Long) Kit.seen().get("updatedAt")) // milliseconds since the epoch
        .isBetween(recent.toEpochMilli(), today.toEpochMilli() - 1);
    assertThat((LocalDate) Kit.seen().get("dueDate"))
        .isBetween(LocalDate.of(2026, 6, 16), LocalDate.of(2027, 6, 15));
  }

  @ExtendWith(ForgeryExtension.class)
  static class NamedObjectTestCase {
    @Test
    void test(@Forged("email") Customer customer) {}
  }

  @ExtendWith(ForgeryExtension.class)
  static class AmbiguousTestCase {
    @Test
    void test(@Forged Ambiguous value) {}
  }

  @Test
  @SuppressWarnings("unchecked")
  void beansConstructorClassesAndGenericTypesAreForged() {
    Kit.run(ObjectsTestCase.class, "forgery.seed", "21")
        .testEvents()
        .assertStatistics(stats -> stats.succeeded(1));
    Customer customer = (Customer) Kit.seen().get("customer");
    assertThat(customer.getEmail()).contains("@");
    assertThat(customer.getFirstName()).isNotBlank();
    assertThat(customer.getAge()).isBetween(18, 80);
    List<Order> orders = (List<Order>) Kit.seen().get("orders");
    assertThat(orders).hasSize(10);
    assertThat(orders)
        .allSatisfy(
            o -> {
              assertThat(o.customer().getEmail()).contains("@");
              assertThat(o.productNames()).hasSize(10).allMatch(n -> !n.isBlank());
            });
    Page<Customer> page = (Page<Customer>) Kit.seen().get("page");
    assertThat(page.items).hasSize(10).allMatch(c -> c.getEmail().contains("@"));
    assertThat((Set<Customer>) Kit.seen().get("few")).hasSize(3);
    List<Page<Customer>> pages = (List<Page<Customer>>) Kit.seen().get("pages");
    assertThat(pages).hasSize(2);
    assertThat(pages.get(0).items.get(0)).isInstanceOf(Customer.class);
    assertThat(Kit.seen().get("supplied")).isInstanceOf(Order.class);
    assertThat(Kit.seen().get("owner")).isInstanceOf(Customer.class);
    Page<Order> orderPage = (Page<Order>) Kit.seen().get("orderPage");
    assertThat(orderPage.items.get(0).customer()).isNotNull();

    String email = customer.getEmail();
    Kit.run(ObjectsTestCase.class, "forgery.seed", "21");
    assertThat(((Customer) Kit.seen().get("customer")).getEmail()).isEqualTo(email);
  }

  @Test
  void objectErrorsSayWhatToChange() {
    assertThat(Kit.onlyFailure(Kit.run(NamedObjectTestCase.class)).getMessage())
        .contains("an object is filled property by property, not from the provider 'email'");
    assertThat(Kit.onlyFailure(Kit.run(AmbiguousTestCase.class)).getMessage())
        .contains("Cannot forge parameter 'value'")
        .contains("2 public constructors")
        .contains("@dev.forgery.FakeConstructor");
  }
}
