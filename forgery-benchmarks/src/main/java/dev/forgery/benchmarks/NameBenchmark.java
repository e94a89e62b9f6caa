package dev.forgery.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;

/** 100,000 full names. */
public class NameBenchmark extends BatchBenchmark {
  private final Floor.Bytes first = new Floor.Bytes(Floor.table("en_US/first_names"));
  private final Floor.Bytes last = new Floor.Bytes(Floor.table("en_US/last_names"));

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
   * Two uniform picks, their bytes copied into a buffer, one {@code new String}.
   *
   * @return the names
   */
  @Benchmark
  public String[] floor() {
    String[] out = new String[N];
    byte[] buf = new byte[64];
    for (int i = 0; i < N; i++) {
      int at = first.copy(floor.pick(first.size()), buf, 0);
      buf[at++] = ' ';
      at = last.copy(floor.pick(last.size()), buf, at);
      out[i] = new String(buf, 0, at, StandardCharsets.ISO_8859_1);
    }
    return out;
  }
}
