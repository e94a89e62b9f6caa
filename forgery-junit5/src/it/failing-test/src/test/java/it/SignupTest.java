package it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.forgery.Faker;
import dev.forgery.Forgery;
import dev.forgery.junit5.Forged;
import dev.forgery.junit5.ForgeryExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ForgeryExtension.class)
class SignupTest {

  @Test
  void rejectsDuplicateEmails(@Forged List<String> emails, @Forged("safe_email") String owner)
      throws IOException {
    // What this round saw, injected and made without a seed, for verify.groovy to compare across
    // rounds.
    String built = Forgery.fake().name() + " " + new Faker().email();
    Files.writeString(
        Path.of("target", "observed-" + System.getProperty("it.round", "0") + ".txt"),
        emails + "\n" + owner + "\n" + built + "\n");
    assertEquals(emails.size() - 1, new HashSet<>(emails).size(), "expected one duplicate email");
  }

  @Test
  void namesAreNeverBlank(@Forged String name) {
    assertFalse(name.isBlank());
  }
}
