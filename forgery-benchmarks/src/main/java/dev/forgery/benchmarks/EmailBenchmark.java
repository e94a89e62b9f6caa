package dev.forgery.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;

/** 100,000 email addresses. */
public class EmailBenchmark extends BatchBenchmark {
  private final Floor.Bytes first = new Floor.Bytes(Floor.lower(Floor.table("en_US/first_names")));
  private final Floor.Bytes last = new Floor.Bytes(Floor.lower(Floor.table("en_US/last_names")));
  private final Floor.Bytes domains = new Floor.Bytes(Floor.table("en_US/email_domains"));

  /**
   * forgery's batch.
   *
   * @return the addresses
   */
  @Benchmark
  public List<String> forgery() {
    return forgery.emails(N);
  }

  /**
   * Datafaker's {@code internet().emailAddress()}, N times.
   *
   * @return the addresses
   */
  @Benchmark
  public String[] datafaker() {
    String[] out = new String[N];
    for (int i = 0; i < N; i++) {
      out[i] = datafaker.internet().emailAddress();
    }
    return out;
  }

  /**
   * {@code first.last@domain} from three uniform picks of pre-lowered tables, copied as bytes into
   * a buffer, one {@code new String}.
   *
   * @return the addresses
   */
  @Benchmark
  public String[] floor() {
    String[] out = new String[N];
    byte[] buf = new byte[96];
    for (int i = 0; i < N; i++) {
      int at = first.copy(floor.pick(first.size()), buf, 0);
      buf[at++] = '.';
      at = last.copy(floor.pick(last.size()), buf, at);
      buf[at++] = '@';
      at = domains.copy(floor.pick(domains.size()), buf, at);
      out[i] = new String(buf, 0, at, StandardCharsets.ISO_8859_1);
    }
    return out;
  }
}
