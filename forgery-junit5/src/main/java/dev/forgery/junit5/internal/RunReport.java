package dev.forgery.junit5.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The run-level report: the run seed once when the run starts, the replay notes, warnings and
 * failed tests as they are published, and one line per failed test at the end giving its seed and
 * how to replay it.
 *
 * <p>Two things drive it, and never both in one run. Where the JUnit Platform launcher finds
 * forgery's {@link ForgeryListener} (through {@code META-INF/services}, on the class path), the
 * listener does. On the module path the launcher cannot find it: a module may only provide a
 * service whose module it reads, and {@code dev.forgery.junit5} must resolve without the launcher
 * module (ADR 0023). There the extension drives a report of its own, one per engine run, which it
 * prints from as it goes and closes at the end of the run. {@link #listening()} tells the extension
 * whether a listener is running.
 *
 * <p>It prints to {@link System#out} as it is when printing, never a stream kept from earlier: a
 * runner such as Surefire replaces {@code System.out} with a stream that carries the output to its
 * report, and the stream it replaced is the forked JVM's channel to the build, which text written
 * there corrupts ("Corrupted STDOUT by directly writing to native stream").
 *
 * <p>This is the only place forgery prints; {@code forgery.report=quiet} silences it.
 */
public final class RunReport implements AutoCloseable {
  private static final String PREFIX = "[forgery] ";

  /** Report entry keys whose values are printed as they are published. */
  private static final Set<String> PRINTED =
      Set.of("forgery.replay", "forgery.warning", ForgeryReport.FAILURE_ENTRY);

  /** How many launcher runs with forgery's listener are under way in this JVM. */
  private static final AtomicInteger LISTENING = new AtomicInteger();

  private final Supplier<PrintStream> out;
  private final List<String> failures = new ArrayList<>();
  private volatile boolean quiet;

  private RunReport(Supplier<PrintStream> out) {
    this.out = out;
  }

  /**
   * Returns a report printing to standard output, whichever stream {@code System.out} is at the
   * time of printing.
   *
   * @return the report, not started yet
   */
  public static RunReport toStandardOutput() {
    return new RunReport(() -> System.out);
  }

  /**
   * Returns a report printing to {@code out}.
   *
   * @param out where to print
   * @return the report, not started yet
   */
  public static RunReport to(PrintStream out) {
    return new RunReport(() -> out);
  }

  /**
   * Tells whether forgery's launcher listener is reporting a run in this JVM, in which case the
   * extension leaves the report to it.
   *
   * @return whether a listener's run is under way
   */
  public static boolean listening() {
    return LISTENING.get() > 0;
  }

  /** Notes that forgery's launcher listener started reporting a run. */
  public static void listenerStarted() {
    LISTENING.incrementAndGet();
  }

  /** Notes that forgery's launcher listener finished reporting a run. */
  public static void listenerFinished() {
    LISTENING.decrementAndGet();
  }

  /**
   * Starts the run: forgets earlier failures and prints the run seed, unless {@code
   * forgery.report=quiet}. A bad setting is printed instead of what needed it.
   *
   * @param settings the run's configuration
   */
  public void started(Settings settings) {
    synchronized (failures) {
      failures.clear();
    }
    try {
      quiet = settings.quiet();
    } catch (IllegalArgumentException e) {
      quiet = false;
      print(e.getMessage());
    }
    if (quiet) {
      return;
    }
    try {
      print(RunSeed.of(settings).header());
    } catch (IllegalArgumentException e) {
      print(e.getMessage());
    }
  }

  /**
   * Prints the values of a published report entry that forgery prints: replay notes, warnings and
   * the line of a failed test.
   *
   * @param entry the entry's key-value pairs
   */
  public void published(Map<String, String> entry) {
    if (quiet) {
      return;
    }
    for (Map.Entry<String, String> pair : entry.entrySet()) {
      if (PRINTED.contains(pair.getKey())) {
        print(pair.getValue());
      }
    }
  }

  /**
   * Remembers a failed test for the summary, if forgery reported on it.
   *
   * @param throwable what the test threw, or {@code null}
   */
  public void failed(Throwable throwable) {
    ForgeryReport report = ForgeryReport.in(throwable);
    if (report == null) {
      return;
    }
    synchronized (failures) {
      failures.add(
          report.test()
              + ": "
              + ForgeryReport.seedAnnotation(report.seed())
              + " (run: "
              + report.runHint()
              + ")");
    }
  }

  /** Ends the run: one line per failed test, with the {@code @Seed} that replays it. */
  public void finished() {
    List<String> lines;
    synchronized (failures) {
      lines = List.copyOf(failures);
      failures.clear();
    }
    if (quiet || lines.isEmpty()) {
      return;
    }
    print(
        (lines.size() == 1 ? "1 failed test" : lines.size() + " failed tests")
            + "; paste the @Seed on a test method to replay its data:");
    for (String line : lines) {
      print("  " + line);
    }
  }

  /** Ends the run, as {@link #finished()}: JUnit closes the extension's report this way. */
  @Override
  public void close() {
    finished();
  }

  private void print(String line) {
    out.get().println(PREFIX + line);
  }
}
