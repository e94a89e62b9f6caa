package dev.forgery.junit5;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Map;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * Runs one test class through a launcher of its own: {@link FirstTestLoadsTest} loads this class,
 * JUnit and forgery in a class loader of their own and calls {@link #run} there, so that what the
 * run loads is seen apart from what other tests loaded before.
 */
public final class IsolatedRun {
  private IsolatedRun() {}

  /**
   * Runs the tests of a class.
   *
   * @param className the test class's binary name
   * @return how many of its tests passed
   * @throws ClassNotFoundException if the class is not found
   */
  public static long run(String className) throws ClassNotFoundException {
    Class<?> testClass = Class.forName(className, false, IsolatedRun.class.getClassLoader());
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    launcher.execute(
        LauncherDiscoveryRequestBuilder.request()
            .selectors(selectClass(testClass))
            .configurationParameters(Map.of("forgery.seed", "42", "forgery.replay", "false"))
            .build(),
        summary);
    return summary.getSummary().getTestsSucceededCount();
  }
}
