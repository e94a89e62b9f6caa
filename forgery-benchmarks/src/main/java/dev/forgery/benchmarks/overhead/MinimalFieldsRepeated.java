package dev.forgery.benchmarks.overhead;

import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test with the least a field-filling extension can be ({@link ConstantFields}: one {@code
 * beforeEach} setting three fields to constants). Against {@link InertFieldsRepeated}, whose
 * extension does the same work but implements every callback interface forgery's does, it shows
 * what JUnit itself spends per test on those interfaces.
 */
@ExtendWith(ConstantFields.class)
public class MinimalFieldsRepeated {
  @ConstantFields.Constant String email;

  @ConstantFields.Constant List<String> emails;

  @ConstantFields.Constant Customer customer;

  /** Creates the test instance; JUnit does this for each repetition. */
  public MinimalFieldsRepeated() {}

  /** The repeated test. */
  @RepeatedTest(ExtensionOverhead.REPETITIONS)
  void test() {
    ExtensionOverhead.check(email, emails, customer);
  }
}
