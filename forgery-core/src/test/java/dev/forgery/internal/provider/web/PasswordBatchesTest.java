package dev.forgery.internal.provider.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forgery.internal.random.RandomSource;
import dev.forgery.internal.random.Rejecting;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A batch of passwords gives what single draws give, also when many draws are rejected. */
class PasswordBatchesTest {
  @Test
  void batchesFollowRejections() {
    Passwords[] policies = {
      new Passwords(12, 16, true, true, true),
      new Passwords(4, 80, true, false, true),
      new Passwords(1, 3, false, false, false),
      new Passwords(1000, 1024, true, true, true)
    };
    for (Passwords policy : policies) {
      int count = 300;
      RandomSource singles = new Rejecting(6);
      Object[] expected = new Object[count];
      for (int k = 0; k < count; k++) {
        expected[k] = policy.draw(singles);
      }
      RandomSource stream = new Rejecting(6);
      Object[] out = new Object[count + 1];
      policy.draws(stream, null, out, 1, count);
      assertThat(Arrays.copyOfRange(out, 1, count + 1)).containsExactly(expected);
      assertThat(stream.nextLong()).isEqualTo(singles.nextLong());

      long[] seeds = new long[count];
      RandomSource reseeded = new Rejecting(0);
      for (int k = 0; k < count; k++) {
        seeds[k] = ~k * 0x9E37_79B9_7F4A_7C15L;
        reseeded.reseed(seeds[k]);
        expected[k] = policy.draw(reseeded);
      }
      policy.draws(new Rejecting(1), seeds, out, 1, count);
      assertThat(Arrays.copyOfRange(out, 1, count + 1)).containsExactly(expected);
    }
  }
}
