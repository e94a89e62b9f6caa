package dev.forgery.benchmarks.overhead;

import dev.forgery.junit5.Forged;
import dev.forgery.junit5.ForgeryExtension;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

/** The test with forgery's extension and three {@code @Forged} parameters. */
@ExtendWith(ForgeryExtension.class)
public class ForgeryRepeated {
  /** Creates the test instance; JUnit does this for each repetition. */
  public ForgeryRepeated() {}

  /**
   * The repeated test.
   *
   * @param email an email address
   * @param emails ten email addresses
   * @param customer a record filled component by component
   */
  @RepeatedTest(ExtensionOverhead.REPETITIONS)
  void test(
      @Forged String email,
      @Forged(size = ExtensionOverhead.SIZE) List<String> emails,
      @Forged Customer customer) {
    ExtensionOverhead.check(email, emails, customer);
  }
}
