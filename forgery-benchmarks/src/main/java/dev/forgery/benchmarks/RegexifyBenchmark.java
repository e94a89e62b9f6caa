package dev.forgery.benchmarks;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;

/** 100,000 strings matching {@code [A-Z]{3}-\d{4}}, a licence-plate shape. */
public class RegexifyBenchmark extends BatchBenchmark {
  private static final String REGEX = "[A-Z]{3}-\\d{4}";

  /**
   * forgery's batch, {@code regexify(n, regex)}.
   *
   * @return the strings
   */
  @Benchmark
  public List<String> forgery() {
    return forgery.regexify(N, REGEX);
  }

  /**
   * Datafaker's {@code regexify(regex)}, N times.
   *
   * @return the strings
   */
  @Benchmark
  public List<String> datafaker() {
    String[] out = new String[N];
    for (int i = 0; i < N; i++) {
      out[i] = datafaker.regexify(REGEX);
    }
    return Collections.unmodifiableList(Arrays.asList(out));
  }

  /**
   * The shape written out by hand: three letters, a hyphen, four digits, one draw each.
   *
   * @return the strings
   */
  @Benchmark
  public List<String> floor() {
    String[] out = new String[N];
    char[] buffer = new char[8];
    buffer[3] = '-';
    for (int i = 0; i < N; i++) {
      for (int c = 0; c < 3; c++) {
        buffer[c] = (char) ('A' + floor.pick(26));
      }
      for (int c = 4; c < 8; c++) {
        buffer[c] = (char) ('0' + floor.pick(10));
      }
      out[i] = new String(buffer);
    }
    return Collections.unmodifiableList(Arrays.asList(out));
  }
}
