package dev.forgery.benchmarks.overhead;

import dev.forgery.benchmarks.TimeToFirstValue;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Measures how much later a test's first injected value comes than an empty JUnit run: starts
 * {@link FirstInjected} as fresh JVMs, alternating an empty test with a test that takes a {@code
 * Forged} email address and one that takes a first name, and prints the median wall time of each
 * whole process and the differences.
 *
 * <pre>
 * java -cp benchmarks.jar dev.forgery.benchmarks.overhead.TimeToFirstInjected 15
 * </pre>
 */
public final class TimeToFirstInjected {
  private TimeToFirstInjected() {}

  /**
   * Runs the measurement.
   *
   * @param args optional: the number of runs of each (default 15)
   * @throws IOException if a process cannot be started
   * @throws InterruptedException if interrupted while waiting
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    String[] subjects = {"empty", "forged", "forged-name"};
    List<List<Double>> times = TimeToFirstValue.processTimes(FirstInjected.class, subjects, runs);
    System.out.printf(Locale.ROOT, "JUnit run of one test, whole process, %d runs each:%n", runs);
    double[] medians = new double[subjects.length];
    for (int s = 0; s < subjects.length; s++) {
      List<Double> sorted = times.get(s);
      medians[s] = sorted.get(sorted.size() / 2);
      System.out.printf(
          Locale.ROOT,
          "  %-11s median %6.0f ms  (min %.0f, max %.0f)%n",
          subjects[s],
          medians[s],
          sorted.get(0),
          sorted.get(sorted.size() - 1));
    }
    System.out.printf(
        Locale.ROOT,
        "  first injected value: email %+.0f ms, first name %+.0f ms over the empty run%n",
        medians[1] - medians[0],
        medians[2] - medians[0]);
  }
}
