package dev.forgery.benchmarks.overhead;

import dev.forgery.junit5.Forged;
import dev.forgery.junit5.ForgeryExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** One test with forgery's extension and one {@code @Forged} parameter, its first value. */
@ExtendWith(ForgeryExtension.class)
public class ForgedOnce {
  /** Creates the test instance; JUnit does this. */
  public ForgedOnce() {}

  /**
   * The test.
   *
   * @param email an email address
   */
  @Test
  void test(@Forged String email) {
    if (email.indexOf('@') < 0) {
      throw new AssertionError("not an email address: " + email);
    }
  }
}
