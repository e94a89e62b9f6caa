package it.runner;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** Runs one test class through the JUnit Platform launcher and prints what happened. */
public final class Run {
  public static void main(String[] args) {
    Module launcher = Launcher.class.getModule();
    System.out.println("runner: launcher in " + (launcher.isNamed() ? "module " + launcher.getName() : "the unnamed module"));
    System.out.println("runner: dev.forgery.junit5 in the boot layer: " + ModuleLayer.boot().findModule("dev.forgery.junit5").isPresent());
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    LauncherFactory.create()
        .execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(args[0])).build(), summary);
    TestExecutionSummary result = summary.getSummary();
    System.out.println("runner: " + result.getTestsFoundCount() + " found, " + result.getTestsSucceededCount() + " succeeded, " + result.getTestsFailedCount() + " failed");
    for (TestExecutionSummary.Failure failure : result.getFailures()) {
      System.out.println("runner: failed " + failure.getTestIdentifier().getDisplayName() + ": " + failure.getException());
    }
  }
}
