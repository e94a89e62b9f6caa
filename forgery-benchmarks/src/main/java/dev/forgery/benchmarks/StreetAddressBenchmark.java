package dev.forgery.benchmarks;

import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;

/** 100,000 street addresses ({@code 4821 Maple Ave}). */
public class StreetAddressBenchmark extends BatchBenchmark {
  private final String[] streets = Floor.table("en_US/streets");

  /**
   * forgery's batch.
   *
   * @return the addresses
   */
  @Benchmark
  public List<String> forgery() {
    return forgery.streetAddresses(N);
  }

  /**
   * Datafaker's {@code address().streetAddress()}, N times.
   *
   * @return the addresses
   */
  @Benchmark
  public String[] datafaker() {
    String[] out = new String[N];
    for (int i = 0; i < N; i++) {
      out[i] = datafaker.address().streetAddress();
    }
    return out;
  }

  /**
   * A house number, one uniform street pick, one concatenation.
   *
   * @return the addresses
   */
  @Benchmark
  public String[] floor() {
    String[] out = new String[N];
    for (int i = 0; i < N; i++) {
      int house = 1 + floor.pick(9999);
      out[i] = house + " " + streets[floor.pick(streets.length)];
    }
    return out;
  }
}
