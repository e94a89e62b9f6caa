package dev.forgery.benchmarks;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Times the first call of each named {@code Faker} method in a fresh JVM, after a {@code Faker} has
 * been made and has drawn one UUID (so the facade and the provider registry are loaded already):
 * what that provider's first value costs, its tables included. Prints the median time and the bytes
 * the call allocated. Several builds can be compared: each process runs one build's class path, and
 * the builds and methods take turns, so a slow spell of the machine falls on all alike.
 *
 * <pre>
 * java -cp benchmarks.jar dev.forgery.benchmarks.FirstCallOf 7 firstName,lastName,address \
 *     before.jar after.jar
 * </pre>
 *
 * <p>With no jar named, this JVM's class path is the one build. A child process's class path is the
 * build and a directory holding only this class: another jar behind the build would be opened on
 * the first resource the build lacks (the locale chain's look-ups miss on purpose), and reading a
 * large jar's directory costs a first call milliseconds and megabytes that are not the build's.
 */
public final class FirstCallOf {
  private FirstCallOf() {}

  /**
   * Runs the measurement, or with {@code --one}, one first call.
   *
   * @param args the runs per method and build, the {@code Faker} methods (no arguments) joined by
   *     commas, then optionally the class paths of the builds to compare; or {@code --one}, a
   *     method and a locale
   * @throws Exception if a process cannot be started or a method cannot be called
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 3 && args[0].equals("--one")) {
      one(args[1], args[2]);
      return;
    }
    if (args.length < 2) {
      throw new IllegalArgumentException(
          "args: expected the runs, the methods joined by commas and optionally class paths, got "
              + Arrays.toString(args));
    }
    int runs = Integer.parseInt(args[0]);
    String[] methods = args[1].split(",");
    String[] builds =
        args.length > 2
            ? Arrays.copyOfRange(args, 2, args.length)
            : new String[] {System.getProperty("java.class.path")};
    Path launcher = launcher();
    double[][][] times = new double[methods.length][builds.length][runs];
    long[][] bytes = new long[methods.length][builds.length];
    try {
      for (int r = 0; r < runs; r++) {
        for (int m = 0; m < methods.length; m++) {
          for (int b = 0; b < builds.length; b++) {
            String[] result = child(builds[b], launcher, methods[m]).split(" ");
            times[m][b][r] = Double.parseDouble(result[0]);
            bytes[m][b] = Long.parseLong(result[1]);
          }
        }
      }
    } finally {
      try (Stream<Path> files = Files.walk(launcher)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
    System.out.printf(
        Locale.ROOT, "First call after a Faker and a UUID, median of %d fresh JVMs:%n", runs);
    for (int b = 0; b < builds.length; b++) {
      System.out.printf(Locale.ROOT, "  column %d: %s%n", b + 1, builds[b]);
    }
    for (int m = 0; m < methods.length; m++) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-18s", methods[m]));
      for (int b = 0; b < builds.length; b++) {
        Arrays.sort(times[m][b]);
        double median =
            runs % 2 == 1
                ? times[m][b][runs / 2]
                : (times[m][b][runs / 2 - 1] + times[m][b][runs / 2]) / 2;
        line.append(
            String.format(Locale.ROOT, "  %7.1f ms %8.1f KB", median, bytes[m][b] / 1024.0));
      }
      System.out.println(line);
    }
  }

  /** A new directory holding this class alone, for the child processes' class paths. */
  private static Path launcher() throws IOException {
    Path root = Files.createTempDirectory("first-call-of");
    String name = FirstCallOf.class.getName().replace('.', '/').concat(".class");
    Path file = root.resolve(name);
    Files.createDirectories(file.getParent());
    try (InputStream in = FirstCallOf.class.getClassLoader().getResourceAsStream(name)) {
      Files.write(file, in.readAllBytes());
    }
    return root;
  }

  /** Runs one first call in a fresh JVM on {@code classpath} and returns its "ms bytes" line. */
  private static String child(String classpath, Path launcher, String method)
      throws IOException, InterruptedException {
    String java =
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("-cp");
    command.add(classpath + File.pathSeparator + launcher);
    command.add(FirstCallOf.class.getName());
    command.add("--one");
    command.add(method);
    command.add("en_US");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String last = null;
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        last = line;
      }
    }
    if (process.waitFor() != 0 || last == null || !last.matches("[0-9.]+ [0-9]+")) {
      throw new IllegalStateException(method + " on " + classpath + " failed: " + last);
    }
    return last;
  }

  /** Makes a {@code Faker}, draws a UUID, then times the first call of {@code method}. */
  private static void one(String method, String locale) throws ReflectiveOperationException {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    Class<?> type = Class.forName("dev.forgery.Faker");
    Object faker = type.getConstructor(String.class, long.class).newInstance(locale, 42L);
    type.getMethod("uuid").invoke(faker);
    Method call = type.getMethod(method);
    long allocated = threads.getCurrentThreadAllocatedBytes();
    long start = System.nanoTime();
    Object value = call.invoke(faker);
    long nanos = System.nanoTime() - start;
    allocated = threads.getCurrentThreadAllocatedBytes() - allocated;
    if (value == null) {
      throw new IllegalStateException(method + " returned null");
    }
    System.out.println(String.format(Locale.ROOT, "%.3f %d", nanos / 1e6, allocated));
  }
}
