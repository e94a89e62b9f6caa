package dev.forgery.internal.random;

/**
 * The only source of randomness behind every generated value.
 *
 * <p>Implementations must produce the same sequence for the same seed on every JVM and OS, which is
 * why forgery never uses {@link java.util.Random} or {@link java.util.SplittableRandom}: their
 * algorithms are not part of any specification we can pin. The derived draws below are defined
 * here, once, so that every implementation maps raw bits to values identically.
 */
public interface RandomSource {

  /**
   * Returns the next 64 uniformly distributed bits.
   *
   * @return the bits
   */
  long nextLong();

  /**
   * Restarts the sequence from {@code seed}.
   *
   * @param seed any long
   */
  void reseed(long seed);

  /**
   * Returns a uniform value in {@code [0, bound)} without modulo bias (Lemire's multiply-shift with
   * rejection), for {@code 0 < bound <= 2^32}.
   *
   * @param bound the number of values, {@code 0 < bound <= 2^32}
   * @return the value
   */
  default long nextBounded(long bound) {
    if (bound == 0x1_0000_0000L) {
      return nextLong() >>> 32;
    }
    long product = (nextLong() >>> 32) * bound;
    long low = product & 0xFFFF_FFFFL;
    if (low < bound) {
      long threshold = (0x1_0000_0000L - bound) % bound;
      while (low < threshold) {
        product = (nextLong() >>> 32) * bound;
        low = product & 0xFFFF_FFFFL;
      }
    }
    return product >>> 32;
  }

  /**
   * Fills {@code out[from, to)} with the next values, exactly as repeated {@link #nextLong()} calls
   * would. Batches call this so an implementation can keep its state in a register for the whole
   * loop instead of writing it back to memory after every value.
   *
   * @param out the destination
   * @param from the first index to fill
   * @param to one past the last index to fill
   */
  default void nextLongs(long[] out, int from, int to) {
    for (int i = from; i < to; i++) {
      out[i] = nextLong();
    }
  }

  /**
   * Restarts the sequence at each of {@code count} seeds in turn and draws {@code perSeed} values
   * from each, exactly as {@code reseed(seeds[from + k])} followed by {@code perSeed} calls to
   * {@link #nextLong()} would: value {@code j} of seed {@code k} goes to {@code out[k * perSeed +
   * j]}. A column of independently seeded cells (a schema's emails) draws its values this way, so
   * an implementation can produce a whole block of them in one pass. Without seeds, the {@code
   * count * perSeed} values simply continue the sequence, as {@link #nextLongs(long[], int, int)}:
   * a batch that may or may not be seeded per value needs one call either way.
   *
   * @param seeds the seeds, or {@code null} to continue the sequence instead
   * @param from the index of the first seed to use
   * @param count how many seeds
   * @param perSeed values per seed
   * @param out the destination, at least {@code count * perSeed} long
   */
  default void nextLongs(long[] seeds, int from, int count, int perSeed, long[] out) {
    if (seeds == null) {
      nextLongs(out, 0, count * perSeed);
      return;
    }
    for (int k = 0; k < count; k++) {
      reseed(seeds[from + k]);
      nextLongs(out, k * perSeed, (k + 1) * perSeed);
    }
  }

  /**
   * Fills {@code out} with {@code min + nextBounded(bound)} per slot, exactly as repeated calls
   * would; see {@link #nextLongs(long[], int, int)} for why.
   *
   * @param out the destination
   * @param min added to every draw
   * @param bound as for {@link #nextBounded(long)}, {@code 0 < bound <= 2^32}
   */
  default void nextBoundedInts(int[] out, int min, long bound) {
    for (int i = 0; i < out.length; i++) {
      out[i] = (int) (min + nextBounded(bound));
    }
  }

  /**
   * Returns a uniform int in {@code [0, bound)} for {@code bound > 0}.
   *
   * @param bound the number of values
   * @return the value
   */
  default int nextInt(int bound) {
    return (int) nextBounded(bound);
  }

  /**
   * Returns a uniform double in {@code [0, 1)} with 53 random bits.
   *
   * @return the value
   */
  default double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /**
   * Maps 32 random bits onto an index in {@code [0, size)} with one multiplication. The bias is at
   * most {@code size / 2^32} and is accepted for picks from data tables, never for user-facing
   * numeric ranges, which use {@link #nextBounded(long)}.
   *
   * @param bits32 32 random bits in the low half
   * @param size the number of indexes
   * @return the index
   */
  static int index(long bits32, int size) {
    return (int) ((bits32 * size) >>> 32);
  }
}
