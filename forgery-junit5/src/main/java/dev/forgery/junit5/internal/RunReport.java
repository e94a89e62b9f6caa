package dev.forgery.junit5.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The run-level report: the run seed once, before anything else forgery prints in the run, the
 * replay notes, warnings and the line of each failed test as they are published, and one line per
 * failed test at the end giving its seed and how to replay it.
 *
 * <p>The extension drives it, one per engine run (ADR 0023): it starts the report when it first
 * needs a seed, prints what it publishes as it publishes it, while the test concerned still runs,
 * so that a runner such as Surefire files a failed test's line as that test's own output (ADR
 * 0021), and ends the report when JUnit closes the run's root context. It was once a JUnit Platform
 * launcher listener, which a module cannot register without depending on the launcher module.
 *
 * <p>It prints to {@link System#out} as it is when printing, never a stream kept from earlier: a
 * runner such as Surefire replaces {@code System.out} with a stream that carries the output to its
 * report, and the stream it replaced is the forked JVM's channel to the build, which text written
 * there corrupts ("Corrupted STDOUT by directly writing to native stream").
 *
 * <p>This is the only place forgery prints; {@code forgery.report=quiet} silences it.
 */
public final class RunReport {
  private static final String PREFIX = "[forgery] ";

  /** Report entry keys whose values are printed as they are published. */
  private static final Set<String> PRINTED =
      Set.of("forgery.replay", "forgery.warning", ForgeryReport.FAILURE_ENTRY);

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
   * Starts the run: prints the run seed, unless {@code forgery.report=quiet}. A bad setting is
   * printed instead of what needed it.
   *
   * @param settings the run's configuration
   */
  public void started(Settings settings) {
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
      failures.add(report.test() + ": " + report.paste() + " (run: " + report.runHint() + ")");
    }
  }

  /**
   * Ends the run: one line per failed test, with the {@code @Seed} that replays it. A second call
   * prints nothing more.
   */
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

  private void print(String line) {
    out.get().println(PREFIX + line);
  }
}
