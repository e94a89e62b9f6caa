package dev.forgery.benchmarks;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Measures time to first value from JVM start: launches {@link FirstValue} as a fresh process,
 * alternating libraries, and reports the median wall time of each. JMH cannot measure this (it runs
 * inside a warm JVM), so whole processes are timed.
 */
public final class TimeToFirstValue {
  private TimeToFirstValue() {}

  /**
   * Runs the measurement.
   *
   * @param args optional: the number of runs per library (default 15)
   * @throws IOException if a process cannot be started
   * @throws InterruptedException if interrupted while waiting
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    String[] subjects = {
      "nothing",
      "forgery",
      "datafaker",
      "forgery-email",
      "datafaker-email",
      "forgery-record",
      "datafaker-record"
    };
    List<List<Double>> times = processTimes(FirstValue.class, subjects, runs);
    System.out.printf(
        Locale.ROOT, "Time to first value, whole process, median of %d runs:%n", runs);
    for (int s = 0; s < subjects.length; s++) {
      List<Double> sorted = times.get(s);
      System.out.printf(
          Locale.ROOT,
          "  %-16s %8.0f ms  (min %.0f, max %.0f)%n",
          subjects[s].equals("nothing") ? "empty JVM" : subjects[s],
          sorted.get(sorted.size() / 2),
          sorted.get(0),
          sorted.get(sorted.size() - 1));
    }
  }

  /**
   * Times whole processes: starts {@code main} as a fresh JVM on this JVM's class path with each
   * subject as its argument, subjects alternating, {@code runs} times each after two rounds that
   * warm the operating system's file cache.
   *
   * @param main the class whose {@code main} each process runs
   * @param subjects the argument of each kind of process
   * @param runs how many timed runs of each
   * @return the wall times in milliseconds, sorted, one list per subject in the subjects' order
   * @throws IOException if a process cannot be started
   * @throws InterruptedException if interrupted while waiting
   * @throws IllegalStateException if a process exits with an error
   */
  public static List<List<Double>> processTimes(Class<?> main, String[] subjects, int runs)
      throws IOException, InterruptedException {
    String java =
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    String classpath = System.getProperty("java.class.path");
    List<List<Double>> times = new ArrayList<>();
    for (int s = 0; s < subjects.length; s++) {
      times.add(new ArrayList<>());
    }
    for (int run = 0; run < runs + 2; run++) {
      for (int s = 0; s < subjects.length; s++) {
        long start = System.nanoTime();
        Process process =
            new ProcessBuilder(java, "-cp", classpath, main.getName(), subjects[s])
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (process.waitFor() != 0) {
          throw new IllegalStateException(subjects[s] + " exited with " + process.exitValue());
        }
        if (run >= 2) { // the first two rounds warm the OS file cache
          times.get(s).add((System.nanoTime() - start) / 1e6);
        }
      }
    }
    for (List<Double> each : times) {
      Collections.sort(each);
    }
    return times;
  }
}
