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
    long most = (random.nextLong() & ~0xF000L) | 0x4000L;
    long least = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
    return new UUID(most, least);
  }
}
