package dev.forgery.internal.random;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class SeedsTest {

  @Property(tries = 300)
  void rowsAreTheSeedsOfEachRow(
      @ForAll long base,
      @ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long first,
      @ForAll @IntRange(min = 0, max = 300) int count) {
    long[] out = new long[count + 1];
    out[count] = 42L;
    Seeds.rows(base, first, count, out);
    for (int k = 0; k < count; k++) {
      assertThat(out[k]).as("row %d", first + k).isEqualTo(Seeds.row(base, first + k));
    }
    assertThat(out[count]).as("the slot after the rows").isEqualTo(42L);
  }

  @Test
  void rowsKeepTheirSeedsWhereTheCounterWraps() {
    // Near the top of the range: the sums wrap around, and the running counter must wrap alike.
    long base = Long.MAX_VALUE - 3 * Seeds.ROW_STRIDE;
    long[] out = new long[8];
    Seeds.rows(base, 1L << 40, out.length, out);
    for (int k = 0; k < out.length; k++) {
      assertThat(out[k]).isEqualTo(Seeds.row(base, (1L << 40) + k));
    }
  }
}
