package dev.forgery.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;

/** 100,000 credit card numbers. */
public class CreditCardBenchmark extends BatchBenchmark {

  /**
   * forgery's batch (a mix of brands and lengths).
   *
   * @return the numbers
   */
  @Benchmark
  public List<String> forgery() {
    return forgery.creditCardNumbers(N);
  }

  /**
   * Datafaker's {@code finance().creditCard()}, N times.
   *
   * @return the numbers
   */
  @Benchmark
  public String[] datafaker() {
    String[] out = new String[N];
    for (int i = 0; i < N; i++) {
      out[i] = datafaker.finance().creditCard();
    }
    return out;
  }

  /**
   * A 16-digit Visa number: fourteen digits from one draw after the 4, the Luhn digit, one string.
   *
   * @return the numbers
   */
  @Benchmark
  public String[] floor() {
    String[] out = new String[N];
    byte[] digits = new byte[16];
    for (int i = 0; i < N; i++) {
      digits[0] = '4';
      long body = (floor.next() >>> 17) % 100_000_000_000_000L; // 14 digits from one draw
      for (int d = 14; d >= 1; d--) {
        digits[d] = (byte) ('0' + (int) (body % 10));
        body /= 10;
      }
      int sum = 0;
      for (int d = 14; d >= 0; d--) {
        int v = digits[d] - '0';
        if (((14 - d) & 1) == 0) {
          v = v * 2 > 9 ? v * 2 - 9 : v * 2;
        }
        sum += v;
      }
      digits[15] = (byte) ('0' + (10 - sum % 10) % 10);
      out[i] = new String(digits, 0, 16, StandardCharsets.ISO_8859_1);
    }
    return out;
  }
}
