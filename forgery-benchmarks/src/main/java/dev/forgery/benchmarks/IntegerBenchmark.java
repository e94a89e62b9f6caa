package dev.forgery.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;

/** 100,000 ints between 0 and 100 inclusive. */
public class IntegerBenchmark extends BatchBenchmark {

  /**
   * forgery's batch.
   *
   * @return the ints
   */
  @Benchmark
  public int[] forgery() {
    return forgery.integers(N, 0, 100);
  }

  /**
   * Datafaker's {@code number().numberBetween(0, 101)}, N times.
   *
   * @return the ints
   */
  @Benchmark
  public int[] datafaker() {
    int[] out = new int[N];
    for (int i = 0; i < N; i++) {
      out[i] = datafaker.number().numberBetween(0, 101);
    }
    return out;
  }

  /**
   * One SplitMix64 draw and a multiply-shift per value.
   *
   * @return the ints
   */
  @Benchmark
  public int[] floor() {
    int[] out = new int[N];
    for (int i = 0; i < N; i++) {
      out[i] = floor.pick(101);
    }
    return out;
  }
}
