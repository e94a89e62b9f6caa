package it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.forgery.Faker;
import dev.forgery.Forgery;
import dev.forgery.junit5.Forged;
import dev.forgery.junit5.ForgeryExtension;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ForgeryExtension.class)
class SignupTest {

  @Test
  void rejectsDuplicateEmails(
      @Forged List<String> emails, @Forged("safe_email") String owner, @Forged String city) {
    Observed seen = Observed.start(SignupTest.class, "rejectsDuplicateEmails");
    // Made without a seed, as a builder or an object mother would: the test's seed replays it too.
    String built = Forgery.fake().name() + " " + new Faker().email();
    seen.record("emails", emails, "owner", owner, "city", city, "built", built);
    assertEquals(emails.size() - 1, new HashSet<>(emails).size(), "expected one duplicate email");
  }

  @Test
  void namesAreNeverBlank(@Forged String name) {
    Observed seen = Observed.start(SignupTest.class, "namesAreNeverBlank");
    seen.record("name", name, "built", new Faker().name());
    assertFalse(name.isBlank());
  }
}
