package dev.forgery.internal.random;

/**
 * Steele, Lea and Flood's SplitMix64: a 64-bit counter passed through a strong mixing function.
 *
 * <p>Chosen because it is tiny (one add, three xor-shifts, two multiplies per value), passes
 * BigCrush, and its state is a plain counter: the value at position {@code i} of a stream is a pure
 * function of {@code (seed, i)}, which is what lets any slice of a large data set be generated
 * independently. Instances are not thread-safe; see {@link AtomicSplitMix64}.
 */
public final class SplitMix64 implements RandomSource {
  /** The golden-ratio increment of the original paper; odd, so the counter has full period. */
  public static final long GAMMA = 0x9E37_79B9_7F4A_7C15L;

  private long state;

  /**
   * Creates a generator at the start of the stream for {@code seed}.
   *
   * @param seed any long
   */
  public SplitMix64(long seed) {
    this.state = seed;
  }

  @Override
  public long nextLong() {
    return mix64(state += GAMMA);
  }

  /**
   * {@inheritDoc}
   *
   * <p>In two passes: the counters, then the mixing in place. The second pass has no dependency
   * from one value to the next, so the JIT can compile it to vector instructions where the CPU
   * multiplies 64-bit lanes (AVX-512).
   */
  @Override
  public void nextLongs(long[] out, int from, int to) {
    long s = state;
    for (int i = from; i < to; i++) {
      out[i] = s += GAMMA;
    }
    state = s;
    for (int i = from; i < to; i++) {
      out[i] = mix64(out[i]);
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Restarting at a seed sets the counter, so this writes every seed's counters, then mixes all
   * of them in one vectorizable pass, as {@link #nextLongs(long[], int, int)} does.
   */
  @Override
  public void nextLongs(long[] seeds, int from, int count, int perSeed, long[] out) {
    if (seeds == null) {
      nextLongs(out, 0, count * perSeed);
      return;
    }
    if (count == 0) {
      return;
    }
    // The common widths get loops of their own: a nested loop of variable length writes the
    // counters several times slower than these straight ones.
    if (perSeed == 1) {
      for (int k = 0; k < count; k++) {
        out[k] = seeds[from + k] + GAMMA;
      }
    } else if (perSeed == 2) {
      for (int k = 0; k < count; k++) {
        long s = seeds[from + k];
        out[2 * k] = s + GAMMA;
        out[2 * k + 1] = s + 2 * GAMMA;
      }
    } else if (perSeed == 3) {
      for (int k = 0; k < count; k++) {
        long s = seeds[from + k];
        out[3 * k] = s + GAMMA;
        out[3 * k + 1] = s + 2 * GAMMA;
        out[3 * k + 2] = s + 3 * GAMMA;
      }
    } else if (perSeed == 4) {
      for (int k = 0; k < count; k++) {
        long s = seeds[from + k];
        out[4 * k] = s + GAMMA;
        out[4 * k + 1] = s + 2 * GAMMA;
        out[4 * k + 2] = s + 3 * GAMMA;
        out[4 * k + 3] = s + 4 * GAMMA;
      }
    } else {
      for (int j = 0; j < perSeed; j++) {
        long step = (j + 1) * GAMMA;
        for (int k = 0; k < count; k++) {
          out[k * perSeed + j] = seeds[from + k] + step;
        }
      }
    }
    state = seeds[from + count - 1] + perSeed * GAMMA;
    int total = count * perSeed;
    for (int v = 0; v < total; v++) {
      out[v] = mix64(out[v]);
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>The rejection threshold of Lemire's method is computed once for the batch; a draw is
   * rejected exactly when {@link #nextBounded(long)} would reject it, so the values and the number
   * of draws consumed are the same.
   */
  @Override
  public void nextBoundedInts(int[] out, int min, long bound) {
    // For bound == 2^32 the threshold is 0: nothing is rejected and the product is the draw.
    long threshold = (0x1_0000_0000L - bound) % bound;
    long s = state;
    for (int i = 0; i < out.length; i++) {
      long product = (mix64(s += GAMMA) >>> 32) * bound;
      while ((product & 0xFFFF_FFFFL) < threshold) {
        product = (mix64(s += GAMMA) >>> 32) * bound;
      }
      out[i] = (int) (min + (product >>> 32));
    }
    state = s;
  }

  @Override
  public void reseed(long seed) {
    this.state = seed;
  }

  /**
   * The finalizer of SplitMix64 (variant 13 of Stafford's mixers): a bijection on 64-bit values
   * with good avalanche, also used to derive independent seeds from structured inputs.
   *
   * @param z any value
   * @return the mixed value
   */
  public static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
    return z ^ (z >>> 31);
  }
}
