package dev.forgery.benchmarks.overhead;

import java.util.List;
import org.instancio.junit.Given;
import org.instancio.junit.InstancioExtension;
import org.instancio.junit.WithSettings;
import org.instancio.settings.Keys;
import org.instancio.settings.Settings;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test with Instancio's extension and three {@code @Given} parameters; collections are made
 * with ten elements. Instancio fills strings with random letters, not email addresses.
 */
@ExtendWith(InstancioExtension.class)
public class InstancioRepeated {
  @WithSettings
  private static final Settings SETTINGS =
      Settings.create()
          .set(Keys.COLLECTION_MIN_SIZE, ExtensionOverhead.SIZE)
          .set(Keys.COLLECTION_MAX_SIZE, ExtensionOverhead.SIZE);

  /** Creates the test instance; JUnit does this for each repetition. */
  public InstancioRepeated() {}

  /**
   * The repeated test.
   *
   * @param email a string
   * @param emails ten strings
   * @param customer a record
   */
  @RepeatedTest(ExtensionOverhead.REPETITIONS)
  void test(@Given String email, @Given List<String> emails, @Given Customer customer) {
    ExtensionOverhead.check(email, emails, customer);
  }
}
