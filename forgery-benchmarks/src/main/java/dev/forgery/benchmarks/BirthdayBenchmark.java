package dev.forgery.benchmarks;

import java.time.LocalDate;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;

/** 100,000 dates of birth of adults. */
public class BirthdayBenchmark extends BatchBenchmark {
  private static final long FIRST_DAY = LocalDate.of(1926, 1, 1).toEpochDay();
  private static final int DAYS = (int) (LocalDate.of(2008, 1, 1).toEpochDay() - FIRST_DAY);
  private final LocalDate[] dates = dates();

  private static LocalDate[] dates() {
    LocalDate[] out = new LocalDate[DAYS];
    for (int d = 0; d < DAYS; d++) {
      out[d] = LocalDate.ofEpochDay(FIRST_DAY + d);
    }
    return out;
  }

  /**
   * forgery's batch (ages weighted by the US population).
   *
   * @return the dates
   */
  @Benchmark
  public List<LocalDate> forgery() {
    return forgery.datesOfBirth(N);
  }

  /**
   * Datafaker's {@code timeAndDate().birthday()}, N times.
   *
   * @return the dates
   */
  @Benchmark
  public LocalDate[] datafaker() {
    LocalDate[] out = new LocalDate[N];
    for (int i = 0; i < N; i++) {
      out[i] = datafaker.timeAndDate().birthday();
    }
    return out;
  }

  /**
   * A uniform pick from the precomputed dates of the adult window (no age weights).
   *
   * @return the dates
   */
  @Benchmark
  public LocalDate[] floor() {
    LocalDate[] out = new LocalDate[N];
    for (int i = 0; i < N; i++) {
      out[i] = dates[floor.pick(DAYS)];
    }
    return out;
  }
}
