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
 * ForgedNameOnce}, whose one test takes a first name; {@code constant} runs {@link ConstantOnce},
 * whose one parameter a resolver of a constant fills, and {@code by-hand} runs {@link ByHandOnce},
 * which draws an email address from a {@code Faker} it makes itself.
 */
public final class FirstInjected {
  private FirstInjected() {}

  /**
   * Runs the test class named by {@code args[0]}.
   *
   * @param args {@code empty}, {@code forged} or {@code forged-name}
   */
  public static void main(String[] args) {
    Class<?> testClass = testClass(args.length == 0 ? "" : String.join(" ", args));
    run(LauncherFactory.create(), testClass);
  }

  /**
   * Returns the test class of a subject.
   *
   * @param subject {@code empty}, {@code forged}, {@code forged-name}, {@code constant}, {@code
   *     shaped} or {@code by-hand}
   * @return {@link EmptyOnce}, {@link ForgedOnce}, {@link ForgedNameOnce}, {@link ConstantOnce},
   *     {@link ShapedOnce} or {@link ByHandOnce}
   */
  static Class<?> testClass(String subject) {
    switch (subject) {
      case "empty":
        return EmptyOnce.class;
      case "forged":
        return ForgedOnce.class;
      case "forged-name":
        return ForgedNameOnce.class;
      case "constant":
        return ConstantOnce.class;
      case "shaped":
        return ShapedOnce.class;
      case "by-hand":
        return ByHandOnce.class;
      default:
        throw new IllegalArgumentException(
            "the subject must be empty, forged, forged-name, constant, shaped or by-hand, got '"
                + subject
                + "'");
    }
  }

  /**
   * Runs a test class of one passing test through a launcher, with a fixed run seed and no replay
   * file.
   *
   * @param launcher the launcher
   * @param testClass the class
   * @throws IllegalStateException unless its one test passed
   */
  static void run(Launcher launcher, Class<?> testClass) {
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
