package dev.forgery.internal.provider.pattern;

import static dev.forgery.internal.provider.BatchChecks.sameAsSingles;
import static org.assertj.core.api.Assertions.assertThat;

import dev.forgery.internal.random.Rejecting;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A batch of a pattern gives what single draws give, also when many draws are rejected, for
 * fixed-length Latin-1 patterns (drawn a block at a time), patterns beyond Latin-1, patterns
 * without a drawn position and patterns of variable length.
 */
class RegexBatchesTest {
  @Test
  void batchesFollowRejections() {
    for (String regex :
        new String[] {
          "[A-Z]{3}-\\d{4}", "x[a-c]{2}é.", "\\d{600}", "abc", "Ω[a-z]{3}", "(ab|cd)?\\w{2,4}"
        }) {
      Regexes.Node root = Regexes.compile(regex);
      Rejecting random = new Rejecting(4);
      for (int k = 0; k < 100; k++) {
        assertThat(Regexes.draw(random, root)).matches(Pattern.compile(regex));
      }
      sameAsSingles(
          regex,
          (source, seeds, out, at, count) -> Regexes.draws(source, seeds, out, at, count, root),
          source -> Regexes.draw(source, root),
          regex.contains("600") ? 30 : 1_500);
    }
  }
}
