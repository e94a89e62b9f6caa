package dev.forgery.benchmarks;

import static net.datafaker.transformations.Field.field;

import dev.forgery.benchmarks.overhead.Customer;
import java.time.LocalDate;
import java.util.List;
import net.datafaker.providers.base.BaseFaker;
import net.datafaker.transformations.Schema;
import org.instancio.Instancio;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * 100,000 five-field beans ({@code firstName}, {@code lastName}, {@code email}, {@code age}, {@code
 * city}): forgery filling them by property name, Instancio filling them (with random strings, its
 * default), Datafaker called by hand for each setter and through its own {@code populate}, and the
 * floor: {@code new CustomerBean()} and five setters per bean from forgery's own batches, the least
 * work that makes the same beans.
 *
 * <p>The {@code records} methods do the same for 100,000 six-field Java records ({@link Customer}:
 * the bean's properties and a {@code dateOfBirth}), the floor calling its constructor with values
 * from forgery's six batches.
 */
public class BeanBenchmark extends BatchBenchmark {

  /** The benchmark's bean: a public no-arg constructor and five setters. */
  public static class CustomerBean {
    private String firstName;
    private String lastName;
    private String email;
    private int age;
    private String city;

    /** Creates an empty customer. */
    public CustomerBean() {}

    /**
     * Returns the first name.
     *
     * @return the first name
     */
    public String getFirstName() {
      return firstName;
    }

    /**
     * Sets the first name.
     *
     * @param firstName the first name
     */
    public void setFirstName(String firstName) {
      this.firstName = firstName;
    }

    /**
     * Returns the last name.
     *
     * @return the last name
     */
    public String getLastName() {
      return lastName;
    }

    /**
     * Sets the last name.
     *
     * @param lastName the last name
     */
    public void setLastName(String lastName) {
      this.lastName = lastName;
    }

    /**
     * Returns the email address.
     *
     * @return the email address
     */
    public String getEmail() {
      return email;
    }

    /**
     * Sets the email address.
     *
     * @param email the email address
     */
    public void setEmail(String email) {
      this.email = email;
    }

    /**
     * Returns the age.
     *
     * @return the age
     */
    public int getAge() {
      return age;
    }

    /**
     * Sets the age.
     *
     * @param age the age
     */
    public void setAge(int age) {
      this.age = age;
    }

    /**
     * Returns the city.
     *
     * @return the city
     */
    public String getCity() {
      return city;
    }

    /**
     * Sets the city.
     *
     * @param city the city
     */
    public void setCity(String city) {
      this.city = city;
    }
  }

  /**
   * forgery: every property inferred from its name, the beans made a block at a time.
   *
   * @return the beans
   */
  @Benchmark
  public List<CustomerBean> forgery() {
    return forgery.records(N, CustomerBean.class);
  }

  /**
   * Instancio: random strings and numbers, not realistic values, in its own list.
   *
   * @return the beans
   */
  @Benchmark
  public List<CustomerBean> instancio() {
    return Instancio.ofList(CustomerBean.class).size(N).create();
  }

  /**
   * Datafaker, one call per setter, as its users fill a bean.
   *
   * @return the beans
   */
  @Benchmark
  public CustomerBean[] datafaker() {
    CustomerBean[] out = new CustomerBean[N];
    for (int i = 0; i < N; i++) {
      CustomerBean c = new CustomerBean();
      c.setFirstName(datafaker.name().firstName());
      c.setLastName(datafaker.name().lastName());
      c.setEmail(datafaker.internet().emailAddress());
      c.setAge(datafaker.number().numberBetween(18, 81));
      c.setCity(datafaker.address().city());
      out[i] = c;
    }
    return out;
  }

  /**
   * Datafaker's own way to fill a class, {@code populate} with a schema of its providers per
   * property, built once; Datafaker makes each bean by reflection, field by field.
   */
  private final Schema<Object, ?> populateSchema =
      Schema.of(
          field("firstName", () -> datafaker.name().firstName()),
          field("lastName", () -> datafaker.name().lastName()),
          field("email", () -> datafaker.internet().emailAddress()),
          field("age", () -> datafaker.number().numberBetween(18, 81)),
          field("city", () -> datafaker.address().city()));

  /**
   * Datafaker's {@code populate}, once per bean, with the schema above.
   *
   * @return the beans
   */
  @Benchmark
  public CustomerBean[] datafakerPopulate() {
    CustomerBean[] out = new CustomerBean[N];
    for (int i = 0; i < N; i++) {
      out[i] = BaseFaker.populate(CustomerBean.class, populateSchema);
    }
    return out;
  }

  /**
   * The floor: forgery's five batches (the values forgery's beans hold), then {@code new
   * CustomerBean()} and five setters per bean, written by hand.
   *
   * @return the beans
   */
  @Benchmark
  public CustomerBean[] floor() {
    List<String> firstNames = forgery.firstNames(N);
    List<String> lastNames = forgery.lastNames(N);
    List<String> emails = forgery.emails(N);
    int[] ages = forgery.integers(N, 18, 80);
    List<String> cities = forgery.cities(N);
    CustomerBean[] out = new CustomerBean[N];
    for (int i = 0; i < N; i++) {
      CustomerBean c = new CustomerBean();
      c.setFirstName(firstNames.get(i));
      c.setLastName(lastNames.get(i));
      c.setEmail(emails.get(i));
      c.setAge(ages[i]);
      c.setCity(cities.get(i));
      out[i] = c;
    }
    return out;
  }

  /**
   * forgery: every component inferred from its name, the records made a block at a time.
   *
   * @return the records
   */
  @Benchmark
  public List<Customer> recordsForgery() {
    return forgery.records(N, Customer.class);
  }

  /**
   * Instancio: random strings, numbers and dates, in its own list.
   *
   * @return the records
   */
  @Benchmark
  public List<Customer> recordsInstancio() {
    return Instancio.ofList(Customer.class).size(N).create();
  }

  /**
   * Datafaker, one call per component, as its users make a record.
   *
   * @return the records
   */
  @Benchmark
  public Customer[] recordsDatafaker() {
    Customer[] out = new Customer[N];
    for (int i = 0; i < N; i++) {
      out[i] = Customer.drawnBy(datafaker);
    }
    return out;
  }

  /**
   * The floor: forgery's six batches (the values forgery's records hold), then the record's
   * constructor per record, written by hand.
   *
   * @return the records
   */
  @Benchmark
  public Customer[] recordsFloor() {
    List<String> firstNames = forgery.firstNames(N);
    List<String> lastNames = forgery.lastNames(N);
    List<String> emails = forgery.emails(N);
    int[] ages = forgery.integers(N, 18, 80);
    List<String> cities = forgery.cities(N);
    List<LocalDate> datesOfBirth = forgery.datesOfBirth(N);
    Customer[] out = new Customer[N];
    for (int i = 0; i < N; i++) {
      out[i] =
          new Customer(
              firstNames.get(i),
              lastNames.get(i),
              emails.get(i),
              ages[i],
              cities.get(i),
              datesOfBirth.get(i));
    }
    return out;
  }
}
