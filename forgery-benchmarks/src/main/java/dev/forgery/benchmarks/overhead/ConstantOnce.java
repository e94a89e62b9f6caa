package dev.forgery.benchmarks.overhead;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One test whose one annotated parameter {@link ConstantRepeated}'s resolver of constants fills:
 * against {@link EmptyOnce}, what JUnit itself spends on its first extension and its first resolved
 * parameter, which any extension that injects a parameter pays on its first test.
 */
@ExtendWith(ConstantRepeated.Constants.class)
public class ConstantOnce {
  /** Creates the test instance; JUnit does this. */
  public ConstantOnce() {}

  /**
   * The test.
   *
   * @param email an email address
   */
  @Test
  void test(@ConstantRepeated.Constant String email) {
    if (email.indexOf('@') < 0) {
      throw new AssertionError("not an email address: " + email);
    }
  }
}
