package dev.forgery.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.forgery.junit5.Forged;
import dev.forgery.junit5.ForgeryExtension;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/**
 * A service test with Mockito mocks fed forged inputs.
 *
 * <p>The situation: a service whose collaborators are mocked, and whose inputs (names, emails,
 * ages) would otherwise be the same hand-written {@code "john@example.com"} in every test. Forged
 * parameters vary them from run to run, and a failure prints the seed that brings them back. Both
 * extensions are registered side by side: Mockito fills the {@code @Mock} fields, forgery the
 * {@code @Forged} parameters.
 */
@ExtendWith({MockitoExtension.class, ForgeryExtension.class})
class ServiceWithMocksExampleTest {

  /** A new account, as the service receives it. */
  record Signup(String name, String email, int age) {}

  /** Where accounts are kept: mocked here. */
  interface Accounts {
    boolean existsByEmail(String email);

    long save(Signup signup);
  }

  /** How users are told: mocked here. */
  interface Mailer {
    void sendWelcome(String email, String greeting);
  }

  /** The code under test. */
  static final class SignupService {
    private final Accounts accounts;
    private final Mailer mailer;

    SignupService(Accounts accounts, Mailer mailer) {
      this.accounts = accounts;
      this.mailer = mailer;
    }

    long register(Signup signup) {
      if (signup.age() < 18) {
        throw new IllegalArgumentException("age must be 18 or more, got " + signup.age());
      }
      String email = signup.email().strip().toLowerCase(Locale.ROOT);
      if (accounts.existsByEmail(email)) {
        throw new IllegalStateException("email already registered: " + email);
      }
      long id = accounts.save(new Signup(signup.name(), email, signup.age()));
      mailer.sendWelcome(email, "Welcome, " + signup.name().split(" ")[0] + "!");
      return id;
    }
  }

  @Mock Accounts accounts;
  @Mock Mailer mailer;

  @Test
  void registersAnAdultAndWelcomesThem(
      @Forged String name, // inferred from the name: a full name
      @Forged String email, // an email address
      @Forged(min = "18", max = "120") int age,
      @Forged(min = "1") long id) {
    // accounts.existsByEmail answers false, a mock's default.
    when(accounts.save(any())).thenReturn(id);

    long registered = new SignupService(accounts, mailer).register(new Signup(name, email, age));

    assertThat(registered).isEqualTo(id);
    ArgumentCaptor<String> greeting = ArgumentCaptor.forClass(String.class);
    verify(mailer).sendWelcome(eq(email.toLowerCase(Locale.ROOT)), greeting.capture());
    assertThat(greeting.getValue()).startsWith("Welcome, ").contains(name.split(" ")[0]);
  }

  @Test
  void rejectsAnEmailThatIsTaken(@Forged Signup signup) {
    // A whole record forged at once: name, email and age inferred from its component names.
    when(accounts.existsByEmail(signup.email().toLowerCase(Locale.ROOT))).thenReturn(true);

    assertThatThrownBy(() -> new SignupService(accounts, mailer).register(signup))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(signup.email());
    verify(accounts, never()).save(any());
    verify(mailer, never()).sendWelcome(any(), any());
  }

  @Test
  void rejectsMinorsWhateverElseTheyEnter(
      @Forged(size = 20) List<String> names,
      @Forged(value = "safe_email", size = 20) List<String> emails,
      @Forged(min = "0", max = "17", size = 20) List<Integer> ages) {
    // Twenty forged minors through one mock setup: no database or mail call may happen.
    SignupService service = new SignupService(accounts, mailer);
    for (int i = 0; i < names.size(); i++) {
      Signup minor = new Signup(names.get(i), emails.get(i), ages.get(i));
      assertThatThrownBy(() -> service.register(minor))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("got " + minor.age());
    }
    verify(accounts, never()).save(any());
  }
}
