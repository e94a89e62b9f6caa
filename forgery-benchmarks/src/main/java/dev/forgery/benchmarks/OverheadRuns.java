package dev.forgery.benchmarks;

import dev.forgery.benchmarks.overhead.ExtensionOverhead;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@link ExtensionOverhead}'s variants as methods without arguments, for {@link Interleaved} to
 * compare two builds in one JVM: each call runs the variant's {@value
 * ExtensionOverhead#REPETITIONS} tests once, so milliseconds per call times ten are microseconds
 * per test.
 *
 * <pre>
 * java -cp benchmarks.jar dev.forgery.benchmarks.Interleaved \
 *     OverheadRuns plain,constant,forgery,forgeryFields,instancio,datafaker before.jar after.jar
 * </pre>
 *
 * <p>The JUnit Platform finds its engines through the thread's context class loader, so each call
 * runs with it set to the class loader of this class's jar.
 */
public final class OverheadRuns {
  private enum Variant {
    PLAIN,
    CONSTANT,
    CONSTANT_SHAPED,
    INERT_FIELDS,
    MINIMAL_FIELDS,
    FORGERY_BY_HAND,
    FORGERY,
    FORGERY_FIELDS,
    INSTANCIO,
    DATAFAKER
  }

  private final Map<Variant, ExtensionOverhead> runs = new EnumMap<>(Variant.class);

  /** Creates the runs; each variant's launcher is made on its first call. */
  public OverheadRuns() {}

  private long run(Variant variant) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(OverheadRuns.class.getClassLoader());
    try {
      return runs.computeIfAbsent(
              variant,
              v -> {
                ExtensionOverhead run = new ExtensionOverhead();
                run.variant = v.name().toLowerCase(Locale.ROOT).replace('_', '-');
                run.setUp();
                return run;
              })
          .run();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /**
   * The test with no extension.
   *
   * @return the repetitions that passed
   */
  public long plain() {
    return run(Variant.PLAIN);
  }

  /**
   * The test whose three parameters a resolver of constants fills.
   *
   * @return the repetitions that passed
   */
  public long constant() {
    return run(Variant.CONSTANT);
  }

  /**
   * The resolver of constants, its parameters' annotation shaped like {@code @Forged}.
   *
   * @return the repetitions that passed
   */
  public long constantShaped() {
    return run(Variant.CONSTANT_SHAPED);
  }

  /**
   * The test with forgery's extension.
   *
   * @return the repetitions that passed
   */
  public long forgery() {
    return run(Variant.FORGERY);
  }

  /**
   * The test with an extension that sets three fields to constants and implements every callback
   * interface forgery's extension does.
   *
   * @return the repetitions that passed
   */
  public long inertFields() {
    return run(Variant.INERT_FIELDS);
  }

  /**
   * The test with an extension that sets three fields to constants from a {@code beforeEach}, and
   * implements nothing else.
   *
   * @return the repetitions that passed
   */
  public long minimalFields() {
    return run(Variant.MINIMAL_FIELDS);
  }

  /**
   * The test calling a new seeded {@code Faker} by hand, no extension.
   *
   * @return the repetitions that passed
   */
  public long forgeryByHand() {
    return run(Variant.FORGERY_BY_HAND);
  }

  /**
   * The test with forgery's extension and three {@code @Forged} fields.
   *
   * @return the repetitions that passed
   */
  public long forgeryFields() {
    return run(Variant.FORGERY_FIELDS);
  }

  /**
   * The test with Instancio's extension.
   *
   * @return the repetitions that passed
   */
  public long instancio() {
    return run(Variant.INSTANCIO);
  }

  /**
   * The test with a Datafaker field called by hand.
   *
   * @return the repetitions that passed
   */
  public long datafaker() {
    return run(Variant.DATAFAKER);
  }
}
