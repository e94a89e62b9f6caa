package dev.forgery.junit5;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** Runs fixtures through the Jupiter engine and collects what they saw. */
final class Kit {
  /** What fixtures recorded, by key; cleared by {@link #run}. */
  static final Map<String, Object> SEEN = new ConcurrentHashMap<>();

  /**
   * These tests run in a Surefire fork themselves, and configuration parameters fall back to system
   * properties: blanking what tells forks apart makes a fixture see only what a test sets.
   */
  static final Map<String, String> NOT_A_FORK =
      Map.of("surefire.forkNumber", "", "sun.java.command", "", "org.gradle.test.worker", "");

  /** How the run's texts name this JVM after its fork number: its process id. */
  static final String PID = ", process " + ProcessHandle.current().pid();

  /** The command line of a Surefire fork's JVM, the second of the run (surefire 3.5). */
  static final String SUREFIRE_FORK_2 =
      "/p/target/surefire/surefirebooter-20261201095008162_3.jar /p/target/surefire"
          + " 2026-12-01T09-50-07_577-jvmRun2 surefire-20261201095008162_1tmp"
          + " surefire_0-20261201095008162_2tmp";

  private Kit() {}

  static void see(String key, Object value) {
    SEEN.put(key, value);
  }

  static EngineExecutionResults run(Class<?> fixture, String... config) {
    return run(List.of(selectClass(fixture)), config);
  }

  static EngineExecutionResults run(List<? extends DiscoverySelector> selectors, String... config) {
    SEEN.clear();
    Map<String, String> parameters = new LinkedHashMap<>(NOT_A_FORK);
    parameters.put("forgery.replay", "false");
    for (int i = 0; i < config.length; i += 2) {
      parameters.put(config[i], config[i + 1]);
    }
    return EngineTestKit.engine("junit-jupiter")
        .configurationParameters(parameters)
        .selectors(selectors.toArray(new DiscoverySelector[0]))
        .execute();
  }

  static Map<String, Object> seen() {
    return new LinkedHashMap<>(SEEN);
  }

  /** Runs a fixture under a run seed, requires its {@code tests} tests to pass; what they saw. */
  static Map<String, Object> passed(Class<?> fixture, long seed, int tests) {
    EngineExecutionResults results = run(fixture, "forgery.seed", String.valueOf(seed));
    List<Throwable> failures = failures(results);
    if (!failures.isEmpty()) {
      // The failures themselves, not only their count: what the fixture met is the diagnosis.
      AssertionError error =
          new AssertionError(
              fixture.getSimpleName() + " failed with seed " + seed + ": " + failures);
      failures.forEach(error::addSuppressed);
      throw error;
    }
    results.testEvents().assertStatistics(stats -> stats.started(tests).succeeded(tests));
    return seen();
  }

  /** Runs a fixture twice under one run seed, requires both to see the same values; those. */
  static Map<String, Object> sameTwice(Class<?> fixture, long seed) {
    run(fixture, "forgery.seed", String.valueOf(seed));
    Map<String, Object> first = seen();
    run(fixture, "forgery.seed", String.valueOf(seed));
    if (!seen().equals(first)) {
      throw new AssertionError("the same seed saw " + first + ", then " + seen());
    }
    return first;
  }

  static List<Throwable> failures(EngineExecutionResults results) {
    List<Throwable> out = new ArrayList<>();
    for (Event event : results.allEvents().failed().list()) {
      event
          .getPayload(TestExecutionResult.class)
          .flatMap(TestExecutionResult::getThrowable)
          .ifPresent(out::add);
    }
    return out;
  }

  /**
   * Runs a fixture of one test whose parameter cannot be resolved (run seed 1); the message of its
   * one failure, which must be a {@code ParameterResolutionException}.
   */
  static String resolutionFailure(Class<?> fixture) {
    Throwable failure = onlyFailure(run(fixture, "forgery.seed", "1"));
    if (!(failure instanceof org.junit.jupiter.api.extension.ParameterResolutionException)) {
      throw new AssertionError("expected a ParameterResolutionException, got " + failure, failure);
    }
    return failure.getMessage();
  }

  static Throwable onlyFailure(EngineExecutionResults results) {
    List<Throwable> failures = failures(results);
    if (failures.size() != 1) {
      throw new AssertionError("expected one failure, got " + failures);
    }
    return failures.get(0);
  }
}
