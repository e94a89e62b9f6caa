package it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.forgery.Forgery;
import dev.forgery.junit5.Forged;
import dev.forgery.junit5.ForgeryExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A second test class, so that a run with forkCount=2 has work, and a failure, for two forks. */
@ExtendWith(ForgeryExtension.class)
class ProfileTest {

  @Test
  void emailsHaveAnAtSign(@Forged String email) {
    Observed.start(ProfileTest.class, "emailsHaveAnAtSign").record("email", email);
    assertTrue(email.contains("@"), email);
  }

  @Test
  void acceptsOnlyAdults(@Forged(min = "0", max = "17") int age, @Forged String username) {
    Observed seen = Observed.start(ProfileTest.class, "acceptsOnlyAdults");
    String built = Forgery.fake().city();
    seen.record("age", age, "username", username, "built", built);
    assertTrue(age >= 18, username + " from " + built + " is " + age + ", under 18");
  }
}
