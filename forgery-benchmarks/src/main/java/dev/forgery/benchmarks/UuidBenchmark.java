package dev.forgery.benchmarks;

import java.util.List;
import java.util.UUID;
import org.openjdk.jmh.annotations.Benchmark;

/** 100,000 version 4 UUIDs. */
public class UuidBenchmark extends BatchBenchmark {

  /**
   * forgery's batch.
   *
   * @return the UUIDs
   */
  @Benchmark
  public List<UUID> forgery() {
    return forgery.uuids(N);
  }

  /**
   * Datafaker's {@code internet().uuid()} (which returns the string form), N times.
   *
   * @return the UUID strings
   */
  @Benchmark
  public String[] datafaker() {
    String[] out = new String[N];
    for (int i = 0; i < N; i++) {
      out[i] = datafaker.internet().uuid();
    }
    return out;
  }

  /**
   * Two draws with the version and variant bits set.
   *
   * @return the UUIDs
   */
  @Benchmark
  public UUID[] floor() {
    UUID[] out = new UUID[N];
    for (int i = 0; i < N; i++) {
      long most = (floor.next() & ~0xF000L) | 0x4000L;
      long least = (floor.next() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
      out[i] = new UUID(most, least);
    }
    return out;
  }
}
