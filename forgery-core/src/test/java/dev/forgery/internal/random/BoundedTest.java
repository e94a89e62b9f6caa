package dev.forgery.internal.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A range that holds its threshold draws exactly what {@code nextBounded} draws. */
class BoundedTest {
  private static final long[] BOUNDS = {
    1, 2, 3, 10, 26, 33, 1470, 27_276_183, (1L << 31) + 1, 0xFFFF_FFFFL, 0x1_0000_0000L
  };

  @Test
  void drawsWhatNextBoundedDrawsThroughRejections() {
    for (long bound : BOUNDS) {
      Bounded range = new Bounded(bound);
      RandomSource expected = new Rejecting(bound);
      RandomSource byInstance = new Rejecting(bound);
      RandomSource byThreshold = new Rejecting(bound);
      for (int i = 0; i < 2_000; i++) {
        long value = expected.nextBounded(bound);
        assertThat(range.draw(byInstance)).as("bound %d, draw %d", bound, i).isEqualTo(value);
        assertThat(Bounded.draw(byThreshold, bound, Bounded.threshold(bound))).isEqualTo(value);
      }
      long after = expected.nextLong();
      assertThat(byInstance.nextLong()).isEqualTo(after);
      assertThat(byThreshold.nextLong()).isEqualTo(after);
    }
  }

  @Test
  void mapsOneValueAsNextBoundedTakesItOrRejectsIt() {
    for (long bound : BOUNDS) {
      Bounded range = new Bounded(bound);
      assertThat(range.threshold()).isEqualTo(Bounded.threshold(bound)).isLessThan(bound);
      RandomSource source = new Rejecting(~bound);
      int rejected = 0;
      for (int i = 0; i < 2_000; i++) {
        long bits = source.nextLong();
        // nextBounded over this value, then one that no bound rejects (high half 1, low half 0).
        Sequence two = new Sequence(bits, 1L << 32);
        long drawn = two.nextBounded(bound);
        long mapped = range.map(bits);
        assertThat(mapped).isEqualTo(Bounded.map(bits, bound, range.threshold()));
        if (mapped < 0) {
          rejected++;
          assertThat(two.taken()).as("bound %d rejects %x", bound, bits).isEqualTo(2);
        } else {
          assertThat(two.taken()).isEqualTo(1);
          assertThat(drawn).isEqualTo(mapped);
        }
      }
      if (range.threshold() > 0) {
        assertThat(rejected).as("bound %d", bound).isPositive();
      }
    }
  }

  @Test
  void rejectsBoundsOutsideTheRange() {
    assertThatThrownBy(() -> new Bounded(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bound must be between 1 and 2^32, got 0");
    assertThatThrownBy(() -> new Bounded(0x1_0000_0001L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 4294967297");
  }
}
