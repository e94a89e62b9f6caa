package dev.forgery.internal.provider.identifiers;

import dev.forgery.internal.random.RandomSource;
import java.util.UUID;

/** Random identifiers. */
public final class Identifiers {
  /** UUIDs whose random draws one batch call fetches at a time. */
  private static final int BLOCK = 512;

  private Identifiers() {}

  /**
   * Returns a random (version 4, IETF variant) UUID as RFC 9562 section 5.4 defines it.
   *
   * @param random consumes two values
   * @return the UUID
   */
  public static UUID uuid(RandomSource random) {
    return uuid(random.nextLong(), random.nextLong());
  }

  /**
   * Fills {@code out[at, at + count)} with UUIDs, restarting {@code random} at {@code seeds[k]}
   * before UUID {@code k} unless {@code seeds} is null: the values of {@link #uuid(RandomSource)}
   * for each seed, or for one continued stream.
   *
   * @param random consumes two values per UUID
   * @param seeds one seed per UUID, or {@code null} to draw all of them from one stream
   * @param out the destination
   * @param at where the first UUID goes
   * @param count how many UUIDs
   */
  public static void uuids(RandomSource random, long[] seeds, Object[] out, int at, int count) {
    long[] bits = new long[2 * Math.min(count, BLOCK)];
    for (int from = 0; from < count; from += BLOCK) {
      int n = Math.min(BLOCK, count - from);
      random.nextLongs(seeds, from, n, 2, bits);
      for (int k = 0; k < n; k++) {
        out[at + from + k] = uuid(bits[2 * k], bits[2 * k + 1]);
      }
    }
  }

  /** Sets the version (4) and variant (IETF) bits of 128 random bits. */
  private static UUID uuid(long high, long low) {
    long most = (high & ~0xF000L) | 0x4000L;
    long least = (low & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
    return new UUID(most, least);
  }
}
