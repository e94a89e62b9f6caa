package dev.forgery.junit5.internal;

import java.io.PrintStream;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * The run-level report ({@link RunReport}) as a JUnit Platform launcher listener, registered
 * through {@code META-INF/services}: prints the run seed once when the run starts, notes replays
 * and fixed seeds as they happen, prints a line for each failed test as it fails, and ends with one
 * line per failed test giving its seed and how to replay it.
 *
 * <p>The line for a failed test comes from the report entry the extension publishes while the test
 * is still running ({@link ForgeryReport#FAILURE_ENTRY}), not from the test's result: the launcher
 * tells listeners that a test finished in reverse order of registration, so a runner's own listener
 * (Surefire's) hears it first and would file anything printed afterwards under the next test. This
 * way the line is the failed test's own output, in the console and in the XML report, even where
 * the stack trace that carries the full report is trimmed (see ADR 0021).
 *
 * <p>The module descriptor does not declare it as a service: a module that provides a service of
 * the launcher module cannot resolve without it (ADR 0023). On the module path the extension prints
 * the same report itself.
 */
public final class ForgeryListener implements TestExecutionListener {
  private final RunReport report;

  /**
   * Creates the listener printing to standard output, whichever stream {@code System.out} is at the
   * time of printing; the launcher does this.
   */
  public ForgeryListener() {
    this.report = RunReport.toStandardOutput();
  }

  /**
   * Creates the listener printing to {@code out}.
   *
   * @param out where to print
   */
  public ForgeryListener(PrintStream out) {
    this.report = RunReport.to(out);
  }

  @Override
  public void testPlanExecutionStarted(TestPlan testPlan) {
    RunReport.listenerStarted();
    report.started(Settings.of(testPlan.getConfigurationParameters()::get));
  }

  @Override
  public void reportingEntryPublished(TestIdentifier testIdentifier, ReportEntry entry) {
    report.published(entry.getKeyValuePairs());
  }

  @Override
  public void executionFinished(TestIdentifier testIdentifier, TestExecutionResult result) {
    if (result.getStatus() == TestExecutionResult.Status.FAILED) {
      report.failed(result.getThrowable().orElse(null));
    }
  }

  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    try {
      report.finished();
    } finally {
      RunReport.listenerFinished();
    }
  }
}
