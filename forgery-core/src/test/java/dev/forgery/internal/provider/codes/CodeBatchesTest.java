package dev.forgery.internal.provider.codes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forgery.internal.random.RandomSource;
import dev.forgery.internal.random.Rejecting;
import java.util.Arrays;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The batch paths of the codes (strings of an alphabet, VINs) give what single draws give, also
 * when many draws are rejected: a rejection shifts the values after it, which a batch that planned
 * its values in a block must follow.
 */
class CodeBatchesTest {
  /** A batch of {@code count} values, with or without seeds, from {@code out[at]}. */
  private interface Batch {
    void fill(RandomSource random, long[] seeds, Object[] out, int at, int count);
  }

  private static long[] seeds(int count) {
    RandomSource seeder = new Rejecting(-5);
    long[] seeds = new long[count];
    for (int k = 0; k < count; k++) {
      seeds[k] = seeder.nextLong();
    }
    return seeds;
  }

  /** Checks a batch against single draws, from one stream and from one seed per value. */
  private static void sameAsSingles(Batch batch, Function<RandomSource, Object> single, int count) {
    RandomSource singles = new Rejecting(9);
    Object[] expected = new Object[count];
    for (int k = 0; k < count; k++) {
      expected[k] = single.apply(singles);
    }
    RandomSource stream = new Rejecting(9);
    Object[] out = new Object[count + 3];
    batch.fill(stream, null, out, 3, count);
    assertThat(Arrays.copyOfRange(out, 3, count + 3)).containsExactly(expected);
    assertThat(stream.nextLong())
        .as("a batch consumes what its singles do")
        .isEqualTo(singles.nextLong());

    long[] seeds = seeds(count);
    RandomSource reseeded = new Rejecting(0);
    for (int k = 0; k < count; k++) {
      reseeded.reseed(seeds[k]);
      expected[k] = single.apply(reseeded);
    }
    batch.fill(new Rejecting(1), seeds, out, 3, count);
    assertThat(Arrays.copyOfRange(out, 3, count + 3)).containsExactly(expected);
  }

  @Test
  void stringsOfAnAlphabetFollowRejections() {
    for (Alphabet alphabet :
        new Alphabet[] {Alphabet.LETTERS, Alphabet.ALPHANUMERIC, Alphabet.DIGITS, Alphabet.VIN}) {
      for (int length : new int[] {1, 7, 10, 600}) {
        sameAsSingles(
            (random, seeds, out, at, count) ->
                alphabet.strings(random, seeds, out, at, count, length),
            random -> alphabet.string(random, length),
            length > 100 ? 40 : 1_500);
      }
    }
  }

  @Test
  void vinsFollowRejections() {
    Vins vins = Vins.upTo(2026);
    sameAsSingles(vins::vins, vins::vin, 3_000);
  }
}
