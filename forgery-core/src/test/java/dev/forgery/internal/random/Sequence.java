package dev.forgery.internal.random;

/** A source that gives given values in order, and counts how many it gave: for edge cases. */
public final class Sequence implements RandomSource {
  private final long[] values;
  private int taken;

  /**
   * Creates the source.
   *
   * @param values what {@link #nextLong()} returns, in order
   */
  public Sequence(long... values) {
    this.values = values;
  }

  @Override
  public long nextLong() {
    return values[taken++];
  }

  @Override
  public void reseed(long seed) {
    throw new UnsupportedOperationException("a sequence has no seed");
  }

  /**
   * Returns how many values were taken.
   *
   * @return the count
   */
  public int taken() {
    return taken;
  }
}
