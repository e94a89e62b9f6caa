package dev.forgery.benchmarks;

import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;

/** 100,000 US phone numbers. */
public class PhoneBenchmark extends BatchBenchmark {
  private final String[] prefixes = prefixes(Floor.table("en_US/area_codes"));
  private final String[] lines = twoDigits();

  private static String[] prefixes(String[] areaCodes) {
    String[] formats = {"(%s) 555-01", "%s-555-01", "%s.555.01", "+1-%s-555-01"};
    String[] out = new String[areaCodes.length * formats.length];
    int i = 0;
    for (String code : areaCodes) {
      for (String format : formats) {
        out[i++] = format.replace("%s", code);
      }
    }
    return out;
  }

  private static String[] twoDigits() {
    String[] out = new String[100];
    for (int i = 0; i < 100; i++) {
      out[i] = (i < 10 ? "0" : "") + i;
    }
    return out;
  }

  /**
   * forgery's batch.
   *
   * @return the numbers
   */
  @Benchmark
  public List<String> forgery() {
    return forgery.phoneNumbers(N);
  }

  /**
   * Datafaker's {@code phoneNumber().phoneNumber()}, N times.
   *
   * @return the numbers
   */
  @Benchmark
  public String[] datafaker() {
    String[] out = new String[N];
    for (int i = 0; i < N; i++) {
      out[i] = datafaker.phoneNumber().phoneNumber();
    }
    return out;
  }

  /**
   * A precomputed "area code + format" prefix, a precomputed two-digit line, one concatenation.
   *
   * @return the numbers
   */
  @Benchmark
  public String[] floor() {
    String[] out = new String[N];
    for (int i = 0; i < N; i++) {
      String prefix = prefixes[floor.pick(prefixes.length)];
      out[i] = prefix + lines[floor.pick(100)];
    }
    return out;
  }
}
