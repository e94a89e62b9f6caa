package dev.forgery.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forgery.junit5.Forged;
import dev.forgery.junit5.ForgedSource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * {@code @Forged} records and objects in parameterized tests: {@code @ForgedSource(samples = n)}
 * runs a test n times, forging every parameter afresh for each run.
 *
 * <p>The situation: a rule that must hold for any customer or order, checked on a few dozen forged
 * ones rather than on the two a test author thought of. Each invocation has its own seed, derived
 * from the test's; a failed invocation's report lists its arguments and the {@code @Seed} that
 * replays every invocation. {@code @ForgedSource} registers the extension itself, so no
 * {@code @ExtendWith} is needed.
 */
class ParameterizedExampleTest {

  /** A record: filled through its canonical constructor, by component names and types. */
  record Address(String streetAddress, String city, String state, String zip) {}

  /** A bean: a no-arg constructor and setters, filled by property names and types. */
  public static class Customer {
    private String firstName;
    private String lastName;
    private String email;
    private int age;
    private Address address;

    public String getFirstName() {
      return firstName;
    }

    public void setFirstName(String firstName) {
      this.firstName = firstName;
    }

    public String getLastName() {
      return lastName;
    }

    public void setLastName(String lastName) {
      this.lastName = lastName;
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
  }

  /** Code under test: the label printed on a parcel. */
  static String shippingLabel(Customer customer) {
    Address a = customer.getAddress();
    return String.join(
        "\n",
        customer.getFirstName() + " " + customer.getLastName(),
        a.streetAddress(),
        a.city() + ", " + a.state() + " " + a.zip());
  }

  /** Code under test: a price after a percentage discount, rounded to cents. */
  static BigDecimal discounted(BigDecimal price, int percent) {
    return price
        .multiply(BigDecimal.valueOf(100 - percent))
        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_EVEN);
  }

  @ParameterizedTest
  @ForgedSource(samples = 25) // 25 invocations, each with its own bean and record
  void aShippingLabelHasThreeLinesWithTheZipLast(Customer customer) {
    String[] lines = shippingLabel(customer).split("\n");

    assertThat(lines).hasSize(3).allSatisfy(line -> assertThat(line).isNotBlank());
    assertThat(lines[0]).startsWith(customer.getFirstName()).endsWith(customer.getLastName());
    assertThat(lines[2]).endsWith(customer.getAddress().zip());
    assertThat(customer.getEmail()).contains("@");
  }

  @ParameterizedTest
  @ForgedSource(samples = 50)
  void aDiscountNeverRaisesThePriceNorMakesItNegative(
      @Forged(value = "price", min = "1", max = "500") BigDecimal price,
      @Forged(min = "0", max = "100") int percent,
      Address destination) { // parameters without @Forged are forged too, by name and type
    BigDecimal after = discounted(price, percent);

    assertThat(after).isBetween(BigDecimal.ZERO, price);
    assertThat(after.scale()).isEqualTo(2);
    assertThat(destination.zip()).matches("\\d{5}");
  }

  @ParameterizedTest
  @ForgedSource(samples = 10)
  void collectionsOfObjectsToo(@Forged(size = 3) List<Address> addresses) {
    assertThat(addresses)
        .hasSize(3)
        .allSatisfy(a -> assertThat(a.streetAddress()).matches("\\d+ .+"));
  }
}
