package dev.forgery.internal.random;

import java.util.concurrent.atomic.AtomicLong;

/**
 * {@link SplitMix64} with its counter in an {@link AtomicLong}: safe to share between threads
 * without locks, and identical to {@code SplitMix64} when used from one thread.
 */
public final class AtomicSplitMix64 implements RandomSource {
  private final AtomicLong state;

  /**
   * Creates a generator at the start of the stream for {@code seed}.
   *
   * @param seed any long
   */
  public AtomicSplitMix64(long seed) {
    this.state = new AtomicLong(seed);
  }

  @Override
  public long nextLong() {
    return SplitMix64.mix64(state.addAndGet(SplitMix64.GAMMA));
  }

  @Override
  public void reseed(long seed) {
    state.set(seed);
  }
}
