package dev.forgery.benchmarks.overhead;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * Runs one test class through the JUnit Platform Launcher and exits: started as a fresh JVM by
 * {@link TimeToFirstInjected}, so that the whole process (JVM start, JUnit's start, discovery, the
 * test) is timed. {@code empty} runs {@link EmptyOnce}, {@code forged} runs {@link ForgedOnce},
 * whose one test takes a {@code @Forged} email address, and {@code forged-name} runs {@link
 * ForgedNameOnce}, whose one test takes a first name.
 */
public final class FirstInjected {
  private FirstInjected() {}

  /**
   * Runs the test class named by {@code args[0]}.
   *
   * @param args {@code empty}, {@code forged} or {@code forged-name}
   */
  public static void main(String[] args) {
    Class<?> testClass;
    switch (args.length == 0 ? "" : args[0]) {
      case "empty":
        testClass = EmptyOnce.class;
        break;
      case "forged":
        testClass = ForgedOnce.class;
        break;
      case "forged-name":
        testClass = ForgedNameOnce.class;
        break;
      default:
        throw new IllegalArgumentException(
            "args[0] must be empty, forged or forged-name, got " + String.join(" ", args));
    }
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(
        LauncherDiscoveryRequestBuilder.request()
            .selectors(selectClass(testClass))
            .configurationParameter("forgery.seed", "42")
            .configurationParameter("forgery.replay", "false")
            .build(),
        listener);
    long passed = listener.getSummary().getTestsSucceededCount();
    if (passed != 1) {
      throw new IllegalStateException(testClass.getSimpleName() + ": " + passed + " of 1 passed");
    }
  }
}
