package dev.forgery.benchmarks.overhead;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;

/** The baseline: the test with no extension, its values constants written by hand. */
public class PlainRepeated {
  private static final String EMAIL = "ada.lovelace@example.com";
  private static final List<String> EMAILS = Collections.nCopies(ExtensionOverhead.SIZE, EMAIL);
  private static final Customer CUSTOMER =
      new Customer("Ada", "Lovelace", EMAIL, 36, "London", LocalDate.of(1815, 12, 10));

  /** Creates the test instance; JUnit does this for each repetition. */
  public PlainRepeated() {}

  /** The repeated test. */
  @RepeatedTest(ExtensionOverhead.REPETITIONS)
  void test() {
    ExtensionOverhead.check(EMAIL, EMAILS, CUSTOMER);
  }
}
