package dev.forgery.junit5.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * The run-level report, registered with the JUnit Platform launcher through {@code
 * META-INF/services}: prints the run seed once when the run starts, notes replays and fixed seeds
 * as they happen, prints a line for each failed test as it fails, and ends with one line per failed
 * test giving its seed and how to replay it.
 *
 * <p>The line for a failed test comes from the report entry the extension publishes while the test
 * is still running ({@link ForgeryReport#FAILURE_ENTRY}), not from the test's result: the launcher
 * tells listeners that a test finished in reverse order of registration, so a runner's own listener
 * (Surefire's) hears it first and would file anything printed afterwards under the next test. This
 * way the line is the failed test's own output, in the console and in the XML report, even where
 * the stack trace that carries the full report is trimmed (see ADR 0021).
 *
 * <p>It prints to {@link System#out} as it is when printing, never a stream kept from earlier: a
 * runner such as Surefire replaces {@code System.out} with a stream that carries the output to its
 * report, and the stream it replaced is the forked JVM's channel to the build, which text written
 * there corrupts ("Corrupted STDOUT by directly writing to native stream").
 *
 * <p>This is the only place forgery prints; {@code forgery.report=quiet} silences it.
 */
public final class ForgeryListener implements TestExecutionListener {
  private static final String PREFIX = "[forgery] ";

  /** Report entry keys whose values are printed as they are published. */
  private static final Set<String> PRINTED =
      Set.of("forgery.replay", "forgery.warning", ForgeryReport.FAILURE_ENTRY);

  private final Supplier<PrintStream> out;
  private final List<String> failures = new ArrayList<>();
  private volatile boolean quiet;

  /**
   * Creates the listener printing to standard output, whichever stream {@code System.out} is at the
   * time of printing; the launcher does this.
   */
  public ForgeryListener() {
    this.out = () -> System.out;
  }

  /**
   * Creates the listener printing to {@code out}.
   *
   * @param out where to print
   */
  public ForgeryListener(PrintStream out) {
    this.out = () -> out;
  }

  @Override
  public void testPlanExecutionStarted(TestPlan testPlan) {
    synchronized (failures) {
      failures.clear();
    }
    Settings settings = Settings.of(testPlan.getConfigurationParameters()::get);
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

  @Override
  public void reportingEntryPublished(TestIdentifier testIdentifier, ReportEntry entry) {
    if (quiet) {
      return;
    }
    for (Map.Entry<String, String> pair : entry.getKeyValuePairs().entrySet()) {
      if (PRINTED.contains(pair.getKey())) {
        print(pair.getValue());
      }
    }
  }

  @Override
  public void executionFinished(TestIdentifier testIdentifier, TestExecutionResult result) {
    if (result.getStatus() != TestExecutionResult.Status.FAILED) {
      return;
    }
    ForgeryReport report = ForgeryReport.in(result.getThrowable().orElse(null));
    if (report != null) {
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
  }

  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    List<String> lines;
    synchronized (failures) {
      lines = List.copyOf(failures);
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
