package dev.forgery.benchmarks;

import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;

/** 100,000 email addresses. */
public class EmailBenchmark extends BatchBenchmark {
  private final String[] first = Floor.lower(Floor.table("en_US/first_names"));
  private final String[] last = Floor.lower(Floor.table("en_US/last_names"));
  private final String[] domains = Floor.table("en_US/email_domains");

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
   * {@code first.last@domain} from three uniform picks of pre-lowered tables.
   *
   * @return the addresses
   */
  @Benchmark
  public String[] floor() {
    String[] out = new String[N];
    for (int i = 0; i < N; i++) {
      String f = first[floor.pick(first.length)];
      String l = last[floor.pick(last.length)];
      out[i] = f + '.' + l + '@' + domains[floor.pick(domains.length)];
    }
    return out;
  }
}
