package dev.forgery.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;

/** 100,000 IBANs. */
public class IbanBenchmark extends BatchBenchmark {

  /**
   * forgery's batch (the documented en_US mix of European countries).
   *
   * @return the IBANs
   */
  @Benchmark
  public List<String> forgery() {
    return forgery.ibans(N);
  }

  /**
   * forgery's batch for Germany only, the floor's exact format.
   *
   * @return the IBANs
   */
  @Benchmark
  public List<String> forgeryGermany() {
    return forgery.ibans(N, "DE");
  }

  /**
   * Datafaker's {@code finance().iban()}, N times.
   *
   * @return the IBANs
   */
  @Benchmark
  public String[] datafaker() {
    String[] out = new String[N];
    for (int i = 0; i < N; i++) {
      out[i] = datafaker.finance().iban();
    }
    return out;
  }

  /**
   * A German IBAN: 18 digits from two draws, mod-97 accumulated in the same pass, two check digits.
   *
   * @return the IBANs
   */
  @Benchmark
  public String[] floor() {
    String[] out = new String[N];
    byte[] iban = new byte[22];
    iban[0] = 'D';
    iban[1] = 'E';
    for (int i = 0; i < N; i++) {
      int remainder = 0;
      for (int half = 0; half < 2; half++) {
        long digits = (floor.next() >>> 34) % 1_000_000_000L; // nine digits from one draw
        for (int d = 12 + 9 * half; d >= 4 + 9 * half; d--) {
          iban[d] = (byte) ('0' + (int) (digits % 10));
          digits /= 10;
        }
        for (int d = 4 + 9 * half; d <= 12 + 9 * half; d++) {
          remainder = (remainder * 10 + iban[d] - '0') % 97;
        }
      }
      // Append "DE00" as digits: D=13, E=14, then 00.
      remainder = (remainder * 100 + 13) % 97;
      remainder = (remainder * 100 + 14) % 97;
      remainder = (remainder * 100) % 97;
      int check = 98 - remainder;
      iban[2] = (byte) ('0' + check / 10);
      iban[3] = (byte) ('0' + check % 10);
      out[i] = new String(iban, 0, 22, StandardCharsets.ISO_8859_1);
    }
    return out;
  }
}
