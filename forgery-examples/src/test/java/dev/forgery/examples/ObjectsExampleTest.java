package dev.forgery.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forgery.Faker;
import dev.forgery.Schema;
import dev.forgery.TypeRef;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's objects section, compiled and run. */
class ObjectsExampleTest {

  /** One of a customer's states. */
  public enum Status {
    ACTIVE,
    SUSPENDED
  }

  /** A record. */
  public record Address(String streetAddress, String city, String zip) {}

  /** A class made through its one public constructor. */
  public static class Order {
    private final String id;
    private final BigDecimal price;

    public Order(String id, BigDecimal price) {
      this.id = id;
      this.price = price;
    }

    public BigDecimal price() {
      return price;
    }

    public String id() {
      return id;
    }
  }

  /** A bean: a no-arg constructor and setters. */
  public static class Customer {
    private String firstName;
    private String email;
    private int age;
    private Address address;
    private Status status;
    private List<Order> orders;
    private Customer referrer;

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

    public Address getAddress() {
      return address;
    }

    public void setAddress(Address address) {
      this.address = address;
    }

    public Status getStatus() {
      return status;
    }

    public void setStatus(Status status) {
      this.status = status;
    }

    public List<Order> getOrders() {
      return orders;
    }

    public void setOrders(List<Order> orders) {
      this.orders = orders;
    }

    public Customer getReferrer() {
      return referrer;
    }

    public void setReferrer(Customer referrer) {
      this.referrer = referrer;
    }
  }

  /** A generic class. */
  public static class Page<T> {
    public List<T> items;
    public int number;
  }

  @Test
  void beansRecordsConstructorClassesAndGenericTypes() {
    Faker faker = new Faker("en_US", 42L);

    List<Customer> customers = faker.records(1_000, Customer.class);
    Customer one = faker.record(Customer.class);
    Page<Customer> page = faker.record(new TypeRef<Page<Customer>>() {});
    Schema parisians =
        Schema.builder()
            .field("address.city", "choice", List.of("Paris"))
            .field("age", "int", 30, 40)
            .build();
    List<Customer> inParis = faker.records(100, Customer.class, parisians);

    assertThat(customers).allSatisfy(c -> assertThat(c.getEmail()).contains("@"));
    assertThat(one.getAge()).isBetween(18, 80);
    assertThat(one.getOrders()).hasSize(10).allMatch(o -> o.price().scale() == 2);
    assertThat(one.getReferrer().getReferrer()).isNull(); // a cycle recurs once, then is cut
    assertThat(page.items).hasSize(10);
    assertThat(inParis).allMatch(c -> c.getAddress().city().equals("Paris"));
  }

  @Test
  void overridesByPathIntoCollectionsByTypeAndModels() {
    Faker faker = new Faker("en_US", 42L);
    Schema overrides =
        Schema.builder()
            .field("address.city", "choice", "Paris", "Lyon") // a path
            .field("orders[].price", "decimal", 5.0, 500.0, 2) // the elements of a collection
            .field("String *id", "uuid") // by type and name, at any depth
            .build();
    List<Customer> shoppers = faker.records(100, Customer.class, overrides);
    faker.register("shopper", Customer.class, overrides); // a model: a named set of overrides
    Customer shopper = (Customer) faker.generate("shopper");

    for (Customer c : append(shoppers, shopper)) {
      assertThat(c.getAddress().city()).isIn("Paris", "Lyon");
      assertThat(c.getOrders())
          .allSatisfy(
              o -> {
                assertThat(o.price()).isBetween(new BigDecimal("5.00"), new BigDecimal("500.00"));
                assertThat(java.util.UUID.fromString(o.id())).isNotNull();
              });
    }
  }

  private static List<Customer> append(List<Customer> list, Customer one) {
    List<Customer> all = new java.util.ArrayList<>(list);
    all.add(one);
    return all;
  }
}
