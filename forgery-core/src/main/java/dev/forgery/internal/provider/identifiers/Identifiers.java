package dev.forgery.internal.provider.identifiers;

import dev.forgery.internal.random.RandomSource;
import java.util.UUID;

/** Random identifiers. */
public final class Identifiers {
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
   * Fills {@code out} with UUIDs, the same as calling {@link #uuid(RandomSource)} once per slot.
   *
   * @param random consumes two values per UUID
   * @param out the destination
   */
  public static void uuids(RandomSource random, UUID[] out) {
    long[] bits = new long[2 * Math.min(out.length, 512)];
    for (int from = 0; from < out.length; from += bits.length / 2) {
      int count = Math.min(bits.length / 2, out.length - from);
      random.nextLongs(bits, 0, 2 * count);
      for (int j = 0; j < count; j++) {
        out[from + j] = uuid(bits[2 * j], bits[2 * j + 1]);
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
