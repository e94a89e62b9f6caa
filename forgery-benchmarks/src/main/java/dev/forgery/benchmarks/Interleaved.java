package dev.forgery.benchmarks;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Compares builds on a noisy machine: loads the same benchmark class from several benchmark jars,
 * each in its own class loader inside one JVM, and runs their methods in turn, a few batches at a
 * time, so that a slow spell of the machine falls on every build alike. Prints each method's
 * fastest, first-quartile and median time per call.
 *
 * <p>This is for choosing between two versions of the code while developing; the figures reported
 * in the README come from JMH. Usage:
 *
 * <pre>
 * java -Xms4g -Xmx4g -XX:+AlwaysPreTouch -cp benchmarks.jar dev.forgery.benchmarks.Interleaved \
 *     EmailBenchmark forgery,floor before.jar after.jar
 * </pre>
 *
 * <p>System properties {@code rounds} (default 40) and {@code calls} (per round and method, default
 * 5) set the length of the run; 8 more rounds warm up first.
 */
public final class Interleaved {
  private Interleaved() {}

  /**
   * Runs the comparison.
   *
   * @param args the benchmark class's simple name, its method names joined by commas, then one or
   *     more benchmark jars
   * @throws Exception if a jar, class or method cannot be loaded or a benchmark throws
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      throw new IllegalArgumentException(
          "args must be a benchmark class, methods joined by commas and at least one jar, got "
              + Arrays.toString(args));
    }
    List<String> labels = new ArrayList<>();
    List<Object> targets = new ArrayList<>();
    List<Method> methods = new ArrayList<>();
    for (int j = 2; j < args.length; j++) {
      URL jar = Path.of(args[j]).toUri().toURL();
      ClassLoader loader =
          new URLClassLoader(new URL[] {jar}, ClassLoader.getPlatformClassLoader());
      Class<?> type = loader.loadClass(Interleaved.class.getPackageName() + "." + args[0]);
      Constructor<?> constructor = type.getDeclaredConstructor();
      Object benchmark = constructor.newInstance();
      for (String name : args[1].split(",")) {
        labels.add(args[j] + " " + name);
        targets.add(benchmark);
        methods.add(type.getMethod(name));
      }
    }
    int rounds = Integer.getInteger("rounds", 40);
    int calls = Integer.getInteger("calls", 5);
    double[][] millis = new double[methods.size()][rounds];
    Object sink = null;
    for (int round = -8; round < rounds; round++) {
      for (int m = 0; m < methods.size(); m++) {
        long start = System.nanoTime();
        for (int c = 0; c < calls; c++) {
          sink = methods.get(m).invoke(targets.get(m));
        }
        if (round >= 0) {
          millis[m][round] = (System.nanoTime() - start) / 1e6 / calls;
        }
      }
    }
    for (int m = 0; m < methods.size(); m++) {
      double[] sorted = millis[m].clone();
      Arrays.sort(sorted);
      System.out.printf(
          Locale.ROOT,
          "%-60s fastest %8.3f  p25 %8.3f  median %8.3f ms%n",
          labels.get(m),
          sorted[0],
          sorted[rounds / 4],
          sorted[rounds / 2]);
    }
    System.out.println(sink == null ? "" : "(" + sink.getClass().getSimpleName() + ")");
  }
}
