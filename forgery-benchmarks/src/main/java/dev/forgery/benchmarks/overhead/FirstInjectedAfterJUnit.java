package dev.forgery.benchmarks.overhead;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Measures a test's first injected value inside a JVM whose JUnit has already run: each fresh JVM
 * runs {@link EmptyOnce} twice through one launcher, then times one run of the subject (the empty
 * test a third time, {@link ForgedOnce} or {@link ForgedNameOnce}): its wall time and the main
 * thread's CPU time. What the forged runs take beyond the empty one is forgery's own first use (and
 * JUnit's first use of an extension and a parameter), without the start of the JVM and of JUnit,
 * which make {@link TimeToFirstInjected}'s whole-process times vary by a hundred milliseconds from
 * run to run on a small machine.
 *
 * <pre>
 * java -cp benchmarks.jar dev.forgery.benchmarks.overhead.FirstInjectedAfterJUnit 15
 * </pre>
 */
public final class FirstInjectedAfterJUnit {
  private static final String[] SUBJECTS = {"empty", "forged", "forged-name"};

  private FirstInjectedAfterJUnit() {}

  /**
   * Starts fresh JVMs, subjects alternating, and prints the medians; or, with a subject as its
   * argument, is one of those JVMs and prints {@code wall <ms> cpu <ms>}.
   *
   * @param args the number of runs of each subject (default 15), or {@code --one} and a subject
   * @throws IOException if a process cannot be started
   * @throws InterruptedException if interrupted while waiting
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length == 2 && args[0].equals("--one")) {
      one(args[1]);
      return;
    }
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    double[][] medians = measure(runs);
    System.out.printf(
        Locale.ROOT,
        "One test run in a JVM whose JUnit has run an empty test twice, median of %d runs each:%n",
        runs);
    for (int s = 0; s < SUBJECTS.length; s++) {
      System.out.printf(
          Locale.ROOT,
          "  %-11s wall %6.1f ms  main thread CPU %6.1f ms%n",
          SUBJECTS[s],
          medians[s][0],
          medians[s][1]);
    }
    System.out.printf(
        Locale.ROOT,
        "  first injected value beyond the empty run: email %+.1f ms, first name %+.1f ms (wall)%n",
        medians[1][0] - medians[0][0],
        medians[2][0] - medians[0][0]);
  }

  /** The medians of wall and CPU time, per subject. */
  private static double[][] measure(int runs) throws IOException, InterruptedException {
    String java =
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    String classpath = System.getProperty("java.class.path");
    List<List<Double>> walls = new ArrayList<>();
    List<List<Double>> cpus = new ArrayList<>();
    for (int s = 0; s < SUBJECTS.length; s++) {
      walls.add(new ArrayList<>());
      cpus.add(new ArrayList<>());
    }
    for (int run = 0; run < runs + 1; run++) {
      for (int s = 0; s < SUBJECTS.length; s++) {
        Process process =
            new ProcessBuilder(
                    java,
                    "-cp",
                    classpath,
                    FirstInjectedAfterJUnit.class.getName(),
                    "--one",
                    SUBJECTS[s])
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String line = null;
        try (BufferedReader out =
            new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
          for (String l = out.readLine(); l != null; l = out.readLine()) {
            if (l.startsWith("wall ")) {
              line = l;
            }
          }
        }
        if (process.waitFor() != 0 || line == null) {
          throw new IllegalStateException(SUBJECTS[s] + " exited with " + process.exitValue());
        }
        if (run >= 1) { // the first round warms the operating system's file cache
          String[] parts = line.split(" ");
          walls.get(s).add(Double.parseDouble(parts[1]));
          cpus.get(s).add(Double.parseDouble(parts[3]));
        }
      }
    }
    double[][] medians = new double[SUBJECTS.length][];
    for (int s = 0; s < SUBJECTS.length; s++) {
      medians[s] = new double[] {median(walls.get(s)), median(cpus.get(s))};
    }
    return medians;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** One JVM: JUnit warmed by two empty runs, then the subject timed. */
  private static void one(String subject) {
    Class<?> testClass = FirstInjected.testClass(subject);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Launcher launcher = LauncherFactory.create();
    FirstInjected.run(launcher, EmptyOnce.class);
    FirstInjected.run(launcher, EmptyOnce.class);
    long cpu = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    FirstInjected.run(launcher, testClass);
    long wall = System.nanoTime() - start;
    cpu = threads.getCurrentThreadCpuTime() - cpu;
    System.out.printf(Locale.ROOT, "wall %.2f cpu %.2f%n", wall / 1e6, cpu / 1e6);
  }
}
