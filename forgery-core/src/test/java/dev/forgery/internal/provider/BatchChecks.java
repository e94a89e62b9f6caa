package dev.forgery.internal.provider;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forgery.internal.random.RandomSource;
import dev.forgery.internal.random.Rejecting;
import dev.forgery.internal.registry.Generator;
import java.util.Arrays;

/**
 * Checks a provider's batch path against its single draws on a source whose draws are often
 * rejected ({@link Rejecting}): a rejection shifts the values after it, which a batch that plans
 * its values a block at a time must follow.
 */
public final class BatchChecks {
  private BatchChecks() {}

  /**
   * Checks that {@code batch} fills what {@code single} draws, from one stream (and leaves the
   * source where the singles leave it) and from one seed per value.
   *
   * @param what names the case in failures
   * @param batch the batch path
   * @param single the single draw
   * @param count how many values
   */
  public static void sameAsSingles(
      String what, Generator.Column batch, Generator.Single single, int count) {
    RandomSource singles = new Rejecting(9);
    Object[] expected = new Object[count];
    for (int k = 0; k < count; k++) {
      expected[k] = single.next(singles);
    }
    RandomSource stream = new Rejecting(9);
    Object[] out = new Object[count + 3];
    batch.fill(stream, null, out, 3, count);
    assertThat(Arrays.copyOfRange(out, 3, count + 3)).as(what).containsExactly(expected);
    assertThat(stream.nextLong())
        .as("%s: a batch consumes what its singles do", what)
        .isEqualTo(singles.nextLong());

    RandomSource seeder = new Rejecting(-5);
    long[] seeds = new long[count];
    RandomSource reseeded = new Rejecting(0);
    for (int k = 0; k < count; k++) {
      seeds[k] = seeder.nextLong();
      reseeded.reseed(seeds[k]);
      expected[k] = single.next(reseeded);
    }
    batch.fill(new Rejecting(1), seeds, out, 3, count);
    assertThat(Arrays.copyOfRange(out, 3, count + 3))
        .as("%s, one seed per value", what)
        .containsExactly(expected);
  }
}
