package dev.forgery.benchmarks.overhead;

import dev.forgery.junit5.Forged;
import dev.forgery.junit5.ForgeryExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One test with forgery's extension and one {@code @Forged} first name: a first value that needs
 * the name tables, where {@link ForgedOnce}'s email address needs only the stored email tables.
 */
@ExtendWith(ForgeryExtension.class)
public class ForgedNameOnce {
  /** Creates the test instance; JUnit does this. */
  public ForgedNameOnce() {}

  /**
   * The test.
   *
   * @param firstName a first name
   */
  @Test
  void test(@Forged String firstName) {
    if (firstName.isBlank()) {
      throw new AssertionError("not a first name: '" + firstName + "'");
    }
  }
}
