package dev.forgery.junit5;

import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What forgery knows about one test (or one class, for {@code @BeforeAll} injection): its seed,
 * where the seed came from, the values injected, for the failure report, and whether a dynamic test
 * it made failed.
 */
final class TestState {
  /** The test whose display names make {@link #test()} when first asked for, or null. */
  private final ExtensionContext named;

  private volatile String test;
  private final String stableId;
  private final long seed;
  private final long valueSeed;
  private final String seedNote;
  private final String runHint;
  private final Origin origin;

  /**
   * The injected values by name, for the failure report. A value whose rendering cannot change is
   * kept as it is and rendered only if the report is made (most tests pass and never need it); any
   * other is rendered at once, so the report shows it as injected, not as the test left it.
   */
  private final List<Map.Entry<String, Object>> injected = new ArrayList<>();

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
      ExtensionContext named,
      String stableId,
      long seed,
      String seedNote,
      String runHint,
      Origin origin) {
    this(named, null, stableId, seed, seed, seedNote, runHint, origin);
  }

  private TestState(
      ExtensionContext named,
      String test,
      String stableId,
      long seed,
      long valueSeed,
      String seedNote,
      String runHint,
      Origin origin) {
    this.named = named;
    this.test = test;
    this.stableId = stableId;
    this.seed = seed;
    this.valueSeed = valueSeed;
    this.seedNote = seedNote;
    this.runHint = runHint;
    this.origin = origin;
  }

  /**
   * The state of one invocation of this (a {@code @ForgedSource}) test: it reports and remembers
   * this test's seed, which replays every invocation, but draws its own values from {@code
   * valueSeed}. A replayed test's invocations count as derived: the replayed entry is forgotten as
   * the test starts, and any invocation that fails remembers it again, whatever passes after it.
   */
  TestState invocation(String invocation, long invocationSeed, String note) {
    return new TestState(
        null,
        invocation,
        stableId,
        seed,
        invocationSeed,
        note,
        runHint,
        origin == Origin.REPLAYED ? Origin.DERIVED : origin);
  }

  String test() {
    // Only reports and messages ask; most tests never need their display path.
    String name = test;
    if (name == null) {
      name = ForgeryExtension.display(named);
      test = name;
    }
    return name;
  }

  String stableId() {
    return stableId;
  }

  long seed() {
    return seed;
  }

  /** The seed injected values are derived from: the test's, or an invocation's own. */
  long valueSeed() {
    return valueSeed;
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
    injected.add(
        new SimpleImmutableEntry<>(
            name, Settled.is(value) ? value : new Rendered(Abbreviation.of(value))));
  }

  /** The injected values as the failure report shows them, {@code name = value}. */
  synchronized List<String> injected() {
    List<String> lines = new ArrayList<>(injected.size());
    for (Map.Entry<String, Object> entry : injected) {
      Object value = entry.getValue();
      lines.add(
          entry.getKey()
              + " = "
              + (value instanceof Rendered ? ((Rendered) value).text() : Abbreviation.of(value)));
    }
    return List.copyOf(lines);
  }

  /** A value rendered when it was injected, because the test could change it afterwards. */
  private record Rendered(String text) {}
}
