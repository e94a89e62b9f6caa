package dev.forgery.benchmarks;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;

/** 100,000 dates within the 30 days before today. */
public class PastDateBenchmark extends BatchBenchmark {
  private final LocalDate today = forgery.today();

  /**
   * forgery's batch, {@code pastDates(n, 30)}.
   *
   * @return the dates
   */
  @Benchmark
  public List<LocalDate> forgery() {
    return forgery.pastDates(N, 30);
  }

  /**
   * Datafaker's {@code timeAndDate().past(30, DAYS)}, N times (an {@code Instant}, to the
   * millisecond).
   *
   * @return the instants
   */
  @Benchmark
  public List<java.time.Instant> datafaker() {
    java.time.Instant[] out = new java.time.Instant[N];
    for (int i = 0; i < N; i++) {
      out[i] = datafaker.timeAndDate().past(30, TimeUnit.DAYS);
    }
    return Collections.unmodifiableList(Arrays.asList(out));
  }

  /**
   * One draw and {@code LocalDate.ofEpochDay} per value.
   *
   * @return the dates
   */
  @Benchmark
  public List<LocalDate> floor() {
    long first = today.toEpochDay() - 30;
    LocalDate[] out = new LocalDate[N];
    for (int i = 0; i < N; i++) {
      out[i] = LocalDate.ofEpochDay(first + floor.pick(30));
    }
    return Collections.unmodifiableList(Arrays.asList(out));
  }
}
