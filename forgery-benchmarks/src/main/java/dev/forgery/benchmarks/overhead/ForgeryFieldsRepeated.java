package dev.forgery.benchmarks.overhead;

import dev.forgery.junit5.Forged;
import dev.forgery.junit5.ForgeryExtension;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test with forgery's extension and three {@code @Forged} fields: the same values as {@link
 * ForgeryRepeated}, filled before each test instead of resolved as parameters, so JUnit has no
 * parameters to resolve.
 */
@ExtendWith(ForgeryExtension.class)
public class ForgeryFieldsRepeated {
  @Forged String email;

  @Forged(size = ExtensionOverhead.SIZE)
  List<String> emails;

  @Forged Customer customer;

  /** Creates the test instance; JUnit does this for each repetition. */
  public ForgeryFieldsRepeated() {}

  /** The repeated test. */
  @RepeatedTest(ExtensionOverhead.REPETITIONS)
  void test() {
    ExtensionOverhead.check(email, emails, customer);
  }
}
