package dev.forgery.internal.random;

/**
 * A generator whose draws Lemire's method often rejects, for testing the rare paths of batches:
 * SplitMix64, except that one value in sixteen has its high 32 bits cleared, which any bound that
 * is not a power of two rejects. The values are a pure function of the seed and position, like
 * SplitMix64's, so a batch and repeated single draws can be compared.
 */
public final class Rejecting implements RandomSource {
  private final SplitMix64 inner;

  /**
   * Creates the generator.
   *
   * @param seed any long
   */
  public Rejecting(long seed) {
    this.inner = new SplitMix64(seed);
  }

  @Override
  public long nextLong() {
    long bits = inner.nextLong();
    return (bits & 0xF) == 0 ? bits & 0xFFFF_FFFFL : bits;
  }

  @Override
  public void reseed(long seed) {
    inner.reseed(seed);
  }
}
