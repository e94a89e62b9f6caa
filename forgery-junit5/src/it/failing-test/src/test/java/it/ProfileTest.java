package it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.forgery.junit5.Forged;
import dev.forgery.junit5.ForgeryExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A second, passing test class, so that a run with forkCount=2 has work for two forks. */
@ExtendWith(ForgeryExtension.class)
class ProfileTest {

  @Test
  void emailsHaveAnAtSign(@Forged String email) {
    assertTrue(email.contains("@"), email);
  }
}
