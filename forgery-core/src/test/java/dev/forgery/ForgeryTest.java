package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.validator.routines.EmailValidator;
import org.junit.jupiter.api.Test;

class ForgeryTest {

  @Test
  void shortcutsDelegateToTheSeededDefaultInstance() {
    Forgery.seed(42L);
    List<String> names = Forgery.names(10);
    Faker own = new Faker("en_US", 42L);
    assertThat(names).isEqualTo(own.names(10));
    assertThat(Forgery.firstNames(3)).isEqualTo(own.firstNames(3));
    assertThat(Forgery.lastNames(3)).isEqualTo(own.lastNames(3));
    assertThat(Forgery.emails(3)).isEqualTo(own.emails(3));
    assertThat(Forgery.safeEmails(3)).isEqualTo(own.safeEmails(3));
    assertThat(Forgery.integers(3)).isEqualTo(own.integers(3));
    assertThat(Forgery.integers(3, 1, 6)).isEqualTo(own.integers(3, 1, 6));
    assertThat(Forgery.doubles(3)).isEqualTo(own.doubles(3));
    assertThat(Forgery.doubles(3, 5, 6)).isEqualTo(own.doubles(3, 5, 6));
    assertThat(Forgery.uuids(3)).isEqualTo(own.uuids(3));
    assertThat(Forgery.fake().locale()).isEqualTo(java.util.Locale.US);
  }

  @Test
  void theDefaultInstanceIsSafeUnderConcurrentCalls() throws Exception {
    EmailValidator validator = EmailValidator.getInstance();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Integer>> tasks = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        tasks.add(
            () -> {
              int checked = 0;
              for (int round = 0; round < 200; round++) {
                for (String email : Forgery.emails(50)) {
                  assertThat(validator.isValid(email)).as(email).isTrue();
                  checked++;
                }
                for (String name : Forgery.names(50)) {
                  assertThat(name).matches("\\S+ \\S+");
                  checked++;
                }
                assertThat(Forgery.fake().uuid().version()).isEqualTo(4);
                assertThat(Forgery.fake().integer(1, 3)).isBetween(1, 3);
              }
              return checked;
            });
      }
      int total = 0;
      for (Future<Integer> result : pool.invokeAll(tasks)) {
        total += result.get();
      }
      assertThat(total).isEqualTo(8 * 200 * 100);
    } finally {
      pool.shutdownNow();
    }
  }
}
