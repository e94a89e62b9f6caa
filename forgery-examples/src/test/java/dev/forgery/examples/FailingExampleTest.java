package dev.forgery.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forgery.junit5.Forged;
import dev.forgery.junit5.ForgeryExtension;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A deliberately failing example: what a failure looks like, and how to replay it. Excluded from
 * the normal build by its tag; run it with
 *
 * <pre>
 * ./mvnw -B -pl forgery-examples -am test -Pfailing-example \
 *     -Dtest=FailingExampleTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * <p>The test fails, and forgery prints, next to the assertion error:
 *
 * <ul>
 *   <li>the run seed at the start ({@code [forgery] ... run seed 0x...});
 *   <li>a {@code [forgery] FailingExampleTest > ... failed with forgery seed 0x...} line;
 *   <li>a suppressed {@code ForgeryReport} on the exception, with the {@code @Seed(0x...L)} that
 *       replays the test, the {@code -Dforgery.seed=... -Dforgery.today=...} that replays the run,
 *       and the values that were injected.
 * </ul>
 *
 * <p>To replay: paste the printed {@code @Seed(0x...L)} on the method; or rerun the command with
 * the printed {@code -Dforgery.seed=... -Dforgery.today=...}; or rerun it unchanged, since the
 * failed test's seed is remembered in {@code target/forgery/failed-seeds.properties} and reused
 * (the run says {@code replaying seed ...}). Each way the test fails on the same email.
 */
@Tag("failing-example")
@ExtendWith(ForgeryExtension.class)
class FailingExampleTest {

  /** Code under test, with a bug: it takes a digit in an email for a typo. */
  static boolean looksValid(String email) {
    return email.contains("@") && email.chars().noneMatch(Character::isDigit);
  }

  @Test
  void everyRealEmailLooksValid(@Forged(size = 20) List<String> emails) {
    // Fails: real addresses such as "c.hubbell52@..." have digits. The report names the seed.
    for (String email : emails) {
      assertThat(looksValid(email)).as("looksValid(\"%s\")", email).isTrue();
    }
  }
}
