package dev.forgery.junit5.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * The run-level report, registered with the JUnit Platform launcher through {@code
 * META-INF/services}: prints the run seed once when the run starts, notes replays and fixed seeds
 * as they happen, and ends with one line per failed test giving its seed and how to replay it.
 *
 * <p>This is the only place forgery prints; {@code forgery.report=quiet} silences it.
 */
public final class ForgeryListener implements TestExecutionListener {
  private static final String PREFIX = "[forgery] ";

  private final PrintStream out;
  private final List<String> failures = new ArrayList<>();
  private volatile boolean quiet;

  /** Creates the listener printing to standard output; the launcher does this. */
  public ForgeryListener() {
    this(System.out);
  }

  /**
   * Creates the listener printing to {@code out}.
   *
   * @param out where to print
   */
  public ForgeryListener(PrintStream out) {
    this.out = out;
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
      OptionalLong configured = settings.configuredSeed();
      String seed = Seeds.hex(settings.runSeed());
      print(
          "run seed "
              + seed
              + (configured.isPresent() ? " (from forgery.seed)" : " (random)")
              + "; replay this run with -Dforgery.seed="
              + seed
              + " -D"
              + Settings.TODAY
              + "="
              + settings.today());
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
      if (pair.getKey().equals("forgery.replay") || pair.getKey().equals("forgery.warning")) {
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
    out.println(PREFIX + line);
  }
}
