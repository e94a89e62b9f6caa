package it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a test saw, for verify.groovy to compare across rounds: its values, one {@code name = value}
 * line each, in {@code target/observed/<round>/<test>.values}, and where it ran (the Surefire fork,
 * the thread, whether it ran at the same time as the other test of its class) in a {@code .where}
 * file beside them.
 *
 * <p>In the round run with {@code -Dit.parallel=true}, {@link #start} holds each test until the
 * other test of its class has started too, so that the two run, and draw their values, at the same
 * time: proof that JUnit ran them concurrently, not merely that it was allowed to.
 */
public final class Observed {
  /** Every test class in the parallel round has two tests. */
  private static final int TESTS_PER_CLASS = 2;

  private static final Pattern SUREFIRE_RUN = Pattern.compile("-jvmRun(\\d+)");
  private static final ConcurrentMap<String, CyclicBarrier> CLASSES = new ConcurrentHashMap<>();

  private final String test;
  private final boolean together;

  private Observed(String test, boolean together) {
    this.test = test;
    this.together = together;
  }

  /**
   * Starts observing a test; in the parallel round, first waits (up to a minute) for the other test
   * of its class.
   *
   * @param testClass the test's class
   * @param method the test method's name
   * @return where to record what the test saw
   */
  public static Observed start(Class<?> testClass, String method) {
    boolean together = false;
    if (Boolean.getBoolean("it.parallel")) {
      CyclicBarrier both =
          CLASSES.computeIfAbsent(testClass.getName(), name -> new CyclicBarrier(TESTS_PER_CLASS));
      try {
        both.await(1, TimeUnit.MINUTES);
        together = true;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (BrokenBarrierException | TimeoutException e) {
        // together stays false: verify.groovy reports that the tests did not overlap
      }
    }
    return new Observed(testClass.getSimpleName() + "." + method, together);
  }

  /**
   * Writes the test's values and where it ran.
   *
   * @param namesAndValues a name, its value, the next name, its value...
   */
  public void record(Object... namesAndValues) {
    StringBuilder values = new StringBuilder();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      values.append(namesAndValues[i]).append(" = ").append(namesAndValues[i + 1]).append('\n');
    }
    Matcher run = SUREFIRE_RUN.matcher(System.getProperty("sun.java.command", ""));
    String where =
        "fork = "
            + (run.find() ? run.group(1) : "none")
            + "\nprocess = "
            + ProcessHandle.current().pid()
            + "\nthread = "
            + Thread.currentThread().getName()
            + "\ntogether = "
            + together
            + "\n";
    Path dir = Path.of("target", "observed", System.getProperty("it.round", "0"));
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(test + ".values"), values);
      Files.writeString(dir.resolve(test + ".where"), where);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
