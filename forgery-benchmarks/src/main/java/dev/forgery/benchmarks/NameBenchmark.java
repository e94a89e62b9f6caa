package dev.forgery.benchmarks;

import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;

/** 100,000 full names. */
public class NameBenchmark extends BatchBenchmark {
  private final String[] first = Floor.table("en_US/first_names");
  private final String[] last = Floor.table("en_US/last_names");

  /**
   * forgery's batch.
   *
   * @return the names
   */
  @Benchmark
  public List<String> forgery() {
    return forgery.names(N);
  }

  /**
   * Datafaker's {@code name().fullName()}, N times.
   *
   * @return the names
   */
  @Benchmark
  public String[] datafaker() {
    String[] out = new String[N];
    for (int i = 0; i < N; i++) {
      out[i] = datafaker.name().fullName();
    }
    return out;
  }

  /**
   * Two uniform picks and a concatenation.
   *
   * @return the names
   */
  @Benchmark
  public String[] floor() {
    String[] out = new String[N];
    for (int i = 0; i < N; i++) {
      String f = first[floor.pick(first.length)];
      out[i] = f + ' ' + last[floor.pick(last.length)];
    }
    return out;
  }
}
