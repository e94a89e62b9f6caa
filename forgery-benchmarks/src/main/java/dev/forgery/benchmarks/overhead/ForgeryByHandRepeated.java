package dev.forgery.benchmarks.overhead;

import dev.forgery.Faker;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.RepeatedTest;

/**
 * The test with no extension, its values drawn by hand from a forgery {@code Faker} made for each
 * repetition with a seed of its own, as a test that seeds its own data writes it: the cost of the
 * values themselves, against which the extension's {@code @Forged} fields show what injecting them
 * adds.
 */
public class ForgeryByHandRepeated {
  private static final AtomicLong SEEDS = new AtomicLong(42);

  /** Creates the test instance; JUnit does this for each repetition. */
  public ForgeryByHandRepeated() {}

  /** The repeated test. */
  @RepeatedTest(ExtensionOverhead.REPETITIONS)
  void test() {
    Faker faker = new Faker("en_US", SEEDS.getAndIncrement());
    String email = faker.email();
    List<String> emails = faker.emails(ExtensionOverhead.SIZE);
    ExtensionOverhead.check(email, emails, faker.record(Customer.class));
  }
}
