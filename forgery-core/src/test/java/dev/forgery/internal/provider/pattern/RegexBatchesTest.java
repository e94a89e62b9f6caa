package dev.forgery.internal.provider.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forgery.internal.random.RandomSource;
import dev.forgery.internal.random.Rejecting;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A batch of a pattern gives what single draws give, also when many draws are rejected, for
 * fixed-length Latin-1 patterns (drawn a block at a time), patterns beyond Latin-1, patterns
 * without a drawn position and patterns of variable length.
 */
class RegexBatchesTest {
  private static final String[] PATTERNS = {
    "[A-Z]{3}-\\d{4}", "x[a-c]{2}é.", "\\d{600}", "abc", "Ω[a-z]{3}", "(ab|cd)?\\w{2,4}"
  };

  @Test
  void batchesFollowRejections() {
    for (String regex : PATTERNS) {
      Regexes.Node root = Regexes.compile(regex);
      int count = regex.contains("600") ? 30 : 1_500;
      RandomSource singles = new Rejecting(4);
      Object[] expected = new Object[count];
      for (int k = 0; k < count; k++) {
        expected[k] = Regexes.draw(singles, root);
        assertThat((String) expected[k]).matches(Pattern.compile(regex));
      }
      RandomSource stream = new Rejecting(4);
      Object[] out = new Object[count + 2];
      Regexes.draws(stream, null, out, 2, count, root);
      assertThat(Arrays.copyOfRange(out, 2, count + 2)).as(regex).containsExactly(expected);
      assertThat(stream.nextLong()).isEqualTo(singles.nextLong());

      long[] seeds = new long[count];
      RandomSource reseeded = new Rejecting(0);
      for (int k = 0; k < count; k++) {
        seeds[k] = k * 0x9E37_79B9_7F4A_7C15L;
        reseeded.reseed(seeds[k]);
        expected[k] = Regexes.draw(reseeded, root);
      }
      Regexes.draws(new Rejecting(1), seeds, out, 2, count, root);
      assertThat(Arrays.copyOfRange(out, 2, count + 2)).as(regex).containsExactly(expected);
    }
  }
}
