package dev.forgery.benchmarks.overhead;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.datafaker.Faker;
import org.junit.jupiter.api.RepeatedTest;

/**
 * The test with no extension, its values drawn by hand from a Datafaker field. The field is static:
 * a Datafaker {@code Faker} takes milliseconds to create, which a field made for each test instance
 * would pay on every repetition.
 */
public class DatafakerRepeated {
  private static final Faker FAKER = new Faker(Locale.US, new Random(42));

  /** Creates the test instance; JUnit does this for each repetition. */
  public DatafakerRepeated() {}

  /** The repeated test. */
  @RepeatedTest(ExtensionOverhead.REPETITIONS)
  void test() {
    String email = FAKER.internet().emailAddress();
    List<String> emails = new ArrayList<>(ExtensionOverhead.SIZE);
    for (int i = 0; i < ExtensionOverhead.SIZE; i++) {
      emails.add(FAKER.internet().emailAddress());
    }
    ExtensionOverhead.check(email, emails, Customer.drawnBy(FAKER));
  }
}
