package dev.forgery.benchmarks.overhead;

import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The least a field-filling extension can be: one callback, {@link BeforeEachCallback}, setting
 * three fields to constants. Against {@link InertFieldsRepeated}, whose extension does the same
 * work but implements every callback interface forgery's does, it shows what JUnit itself spends
 * per test on those interfaces.
 */
@ExtendWith(MinimalFieldsRepeated.Minimal.class)
public class MinimalFieldsRepeated {
  /** Sets the annotated fields to constants before each test; nothing else. */
  public static final class Minimal implements BeforeEachCallback {
    private final ConstantFields constants = new ConstantFields();

    /** Creates the extension; JUnit does this once per test class. */
    public Minimal() {}

    @Override
    public void beforeEach(ExtensionContext context) throws IllegalAccessException {
      constants.fill(context.getRequiredTestInstance());
    }
  }

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
