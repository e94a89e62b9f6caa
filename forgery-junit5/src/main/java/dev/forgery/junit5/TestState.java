package dev.forgery.junit5;

import java.util.ArrayList;
import java.util.List;

/**
 * What forgery knows about one test (or one class, for {@code @BeforeAll} injection): its seed,
 * where the seed came from, the values injected, for the failure report, and whether a dynamic test
 * it made failed.
 */
final class TestState {
  private final String test;
  private final String stableId;
  private final long seed;
  private final String seedNote;
  private final String runHint;
  private final Origin origin;
  private final List<String> injected = new ArrayList<>();
  private volatile boolean failed;

  /** Where a test's seed came from. */
  enum Origin {
    /** Derived from the run seed (configured or random) and the test's unique id. */
    DERIVED,
    /** Remembered from the previous run, in which this test failed. */
    REPLAYED,
    /** Fixed by {@code @Seed} on the test method. */
    METHOD_SEED,
    /** Derived from a run seed fixed by {@code @Seed} on the test class. */
    CLASS_SEED
  }

  TestState(
      String test, String stableId, long seed, String seedNote, String runHint, Origin origin) {
    this.test = test;
    this.stableId = stableId;
    this.seed = seed;
    this.seedNote = seedNote;
    this.runHint = runHint;
    this.origin = origin;
  }

  String test() {
    return test;
  }

  String stableId() {
    return stableId;
  }

  long seed() {
    return seed;
  }

  String seedNote() {
    return seedNote;
  }

  String runHint() {
    return runHint;
  }

  Origin origin() {
    return origin;
  }

  /**
   * Notes that something run with this seed failed: one of a test factory's dynamic tests, whose
   * factory still ends as successful, so that its replayed seed is not forgotten.
   */
  void failed() {
    failed = true;
  }

  /** Whether {@link #failed()} was called. */
  boolean hasFailed() {
    return failed;
  }

  synchronized void injected(String name, Object value) {
    injected.add(name + " = " + Abbreviation.of(value));
  }

  synchronized List<String> injected() {
    return List.copyOf(injected);
  }
}
