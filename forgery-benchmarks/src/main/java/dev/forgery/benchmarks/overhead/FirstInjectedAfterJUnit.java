package dev.forgery.benchmarks.overhead;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
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
 * test a third time, {@link ForgedOnce}, {@link ForgedNameOnce}, {@link ConstantOnce}, {@link
 * ShapedOnce} or {@link ByHandOnce}): its wall time and the main thread's CPU time. What the forged
 * runs take beyond the empty one is forgery's own first use and JUnit's first use of an extension
 * and a parameter; the constant run shows JUnit's part alone, the shaped run JUnit's part for an
 * extension and annotation of forgery's shape, the by-hand run forgery's core alone. All of it
 * comes without the start of the JVM and of JUnit, which make {@link TimeToFirstInjected}'s
 * whole-process times vary by a hundred milliseconds from run to run on a small machine.
 *
 * <pre>
 * java -cp benchmarks.jar dev.forgery.benchmarks.overhead.FirstInjectedAfterJUnit 15
 * </pre>
 */
public final class FirstInjectedAfterJUnit {
  private static final String[] SUBJECTS = {
    "empty", "forged", "forged-name", "constant", "shaped", "by-hand"
  };

  private FirstInjectedAfterJUnit() {}

  /**
   * Starts fresh JVMs, subjects alternating, and prints the medians; or, with a subject as its
   * argument, is one of those JVMs and prints {@code wall <ms> cpu <ms> process-cpu <ms>
   * allocated-mb <MB>}.
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
          "  %-11s wall %6.1f ms  main thread CPU %6.1f ms  process CPU %6.0f ms"
              + "  main thread allocated %5.2f MB%n",
          SUBJECTS[s],
          medians[s][0],
          medians[s][1],
          medians[s][2],
          medians[s][3]);
    }
    System.out.printf(
        Locale.ROOT,
        "  first injected value beyond the empty run: email %+.1f ms, first name %+.1f ms (wall)%n",
        medians[1][0] - medians[0][0],
        medians[2][0] - medians[0][0]);
    System.out.printf(
        Locale.ROOT,
        "  floors beyond the empty run: a resolver's constant %+.1f ms (JUnit's first parameter),"
            + " the same of forgery's shape %+.1f ms (@Forged's members, the extension's"
            + " interfaces), an email by hand %+.1f ms (forgery's core, no extension)%n",
        medians[3][0] - medians[0][0],
        medians[4][0] - medians[0][0],
        medians[5][0] - medians[0][0]);
  }

  /** What {@link #one} prints, in the order it prints them. */
  private static final int MEASURES = 4;

  /** The medians of each measure, per subject. */
  private static double[][] measure(int runs) throws IOException, InterruptedException {
    String java =
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    String classpath = System.getProperty("java.class.path");
    List<List<List<Double>>> values = new ArrayList<>();
    for (int s = 0; s < SUBJECTS.length; s++) {
      List<List<Double>> subject = new ArrayList<>();
      for (int m = 0; m < MEASURES; m++) {
        subject.add(new ArrayList<>());
      }
      values.add(subject);
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
          String[] parts = line.split(" "); // name value name value ...
          for (int m = 0; m < MEASURES; m++) {
            values.get(s).get(m).add(Double.parseDouble(parts[2 * m + 1]));
          }
        }
      }
    }
    double[][] medians = new double[SUBJECTS.length][MEASURES];
    for (int s = 0; s < SUBJECTS.length; s++) {
      for (int m = 0; m < MEASURES; m++) {
        medians[s][m] = median(values.get(s).get(m));
      }
    }
    return medians;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /**
   * One JVM: JUnit warmed by two empty runs, then the subject timed: its wall time, the main
   * thread's CPU time, the whole process's CPU time over the same interval (the JIT's compiler
   * threads and forgery's warm-up thread included; the operating system counts it in steps of 10
   * ms) and the memory the main thread allocated.
   */
  private static void one(String subject) {
    Class<?> testClass = FirstInjected.testClass(subject);
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long thread = Thread.currentThread().getId();
    Launcher launcher = LauncherFactory.create();
    FirstInjected.run(launcher, EmptyOnce.class);
    FirstInjected.run(launcher, EmptyOnce.class);
    long allocated = threads.getThreadAllocatedBytes(thread);
    long process = os.getProcessCpuTime();
    long cpu = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    FirstInjected.run(launcher, testClass);
    long wall = System.nanoTime() - start;
    cpu = threads.getCurrentThreadCpuTime() - cpu;
    process = os.getProcessCpuTime() - process;
    allocated = threads.getThreadAllocatedBytes(thread) - allocated;
    System.out.printf(
        Locale.ROOT,
        "wall %.2f cpu %.2f process-cpu %.0f allocated-mb %.2f%n",
        wall / 1e6,
        cpu / 1e6,
        process / 1e6,
        allocated / 1e6);
  }
}
