package dev.forgery.benchmarks;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;

/** 100,000 picks of one of three given strings. */
public class OneOfBenchmark extends BatchBenchmark {
  private static final List<String> VALUES = List.of("Plastic", "Wood", "Metal");
  private static final String[] ARRAY = VALUES.toArray(new String[0]);

  /**
   * forgery's batch, {@code oneOf(n, values)}.
   *
   * @return the picks
   */
  @Benchmark
  public List<String> forgery() {
    return forgery.oneOf(N, VALUES);
  }

  /**
   * Datafaker's {@code options().option(...)}, N times.
   *
   * @return the picks
   */
  @Benchmark
  public List<String> datafaker() {
    String[] out = new String[N];
    for (int i = 0; i < N; i++) {
      out[i] = datafaker.options().option(ARRAY);
    }
    return Collections.unmodifiableList(Arrays.asList(out));
  }

  /**
   * One draw and a multiply-shift index per value, into an array wrapped as a list.
   *
   * @return the picks
   */
  @Benchmark
  public List<String> floor() {
    String[] out = new String[N];
    for (int i = 0; i < N; i++) {
      out[i] = ARRAY[floor.pick(ARRAY.length)];
    }
    return Collections.unmodifiableList(Arrays.asList(out));
  }
}
