package dev.forgery.internal.provider.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forgery.internal.random.RandomSource;
import dev.forgery.internal.random.Sequence;
import dev.forgery.internal.random.SplitMix64;
import org.junit.jupiter.api.Test;

/**
 * Rounded doubles drawn without a branch (coordinates) are the values of the general definition: a
 * uniform double in {@code [min, max)}, kept below {@code max}, rounded down to the decimals and
 * never below {@code min}, for every draw, the first and last included; a value too large to have a
 * fraction is kept as drawn.
 */
class DoublesTest {
  /** The definition, step by step, as {@code Numbers.doubleValue} and the rounding spell it. */
  private static double defined(long bits, double min, double max, int decimals) {
    double u = (bits >>> 11) * 0x1.0p-53;
    double span = max - min;
    double value = Double.isInfinite(span) ? u * max + (1 - u) * min : min + u * span;
    value = value < max ? value : Math.nextDown(max);
    double scale = Math.pow(10, decimals);
    // A double of 2^52 or more in magnitude has no fraction: it is on every grid as it is.
    double rounded = Math.abs(value) >= 0x1p52 ? value : Math.floor(value * scale) / scale;
    return rounded < min
        ? (Math.abs(min) >= 0x1p52 ? min : Math.ceil(min * scale) / scale)
        : rounded;
  }

  @Test
  void everyDrawIsTheDefinedValue() {
    double[][] ranges = {
      {-90, 90, 6},
      {-180, 180, 6},
      {1, 100, 2},
      {0.1, 0.7, 1},
      {-0.35, 0.35, 1},
      {0, 1e-300, 0},
      {-1e300, 1e300, 2},
      {-1e308, 1e308, 2},
      {1e300, 2e300, 2},
      {1e15, 1e15 + 8, 0},
      {-1, 0, 15}
    };
    SplitMix64 bits = new SplitMix64(8);
    for (double[] range : ranges) {
      NumberProviders.Doubles doubles =
          new NumberProviders.Doubles(range[0], range[1], (int) range[2]);
      long[] draws = new long[10_002];
      draws[0] = 0;
      draws[1] = -1;
      for (int i = 2; i < draws.length; i++) {
        draws[i] = bits.nextLong();
      }
      RandomSource fixed = new Sequence(draws);
      for (long draw : draws) {
        double value = doubles.nextDouble(fixed);
        assertThat(value)
            .as("%s with bits %x", doubles, draw)
            .isEqualTo(defined(draw, range[0], range[1], (int) range[2]))
            .isGreaterThanOrEqualTo(range[0])
            .isLessThan(range[1]);
      }
    }
  }
}
