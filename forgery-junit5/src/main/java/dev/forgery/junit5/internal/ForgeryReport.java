package dev.forgery.junit5.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * The note forgery attaches, as a suppressed exception, to the exception of a failed test: the
 * stack trace that Maven Surefire and IDEs print then shows the seed and how to replay it, while
 * the original exception keeps its type and message.
 *
 * <p>It has no stack trace of its own; its message is the report.
 *
 * <p>A runner that trims stack traces drops suppressed exceptions (Surefire 3.0.0-M5 trims by
 * default; 3.2 and later do not), so the report's essentials also travel as a JUnit report entry,
 * {@link #FAILURE_ENTRY} with {@link #line()}, which {@link RunReport} prints while the test is
 * still running: the runner then files the line as that test's output, in its console and its XML
 * report (see ADR 0021).
 */
public final class ForgeryReport extends RuntimeException {
  /**
   * Report entry key of the one-line report of a failed test, {@link #line()}, which {@link
   * RunReport} prints.
   */
  public static final String FAILURE_ENTRY = "forgery.failure";

  private static final long serialVersionUID = 1L;

  /** The failed test's display name, with its enclosing classes. */
  private final String test;

  /** The seed of the failed test's data. */
  private final long seed;

  /** The replay hint for the whole run, e.g. {@code -Dforgery.seed=0x2A}. */
  private final String runHint;

  /**
   * Whether the seed is a test class's (a {@code @BeforeAll} or {@code @AfterAll} method failed),
   * so that its {@code @Seed} goes on the class.
   */
  private final boolean onClass;

  /**
   * Creates the report.
   *
   * @param test the test's display path, e.g. {@code SignupTest > acceptsNewUsers(List)}
   * @param seed the test's seed
   * @param seedNote where the seed came from, e.g. {@code derived from the run seed}
   * @param runHint how to replay the whole run
   * @param injected one line per injected value, already abbreviated
   * @param today the run's reference date, which relative dates counted from
   */
  public ForgeryReport(
      String test,
      long seed,
      String seedNote,
      String runHint,
      List<String> injected,
      LocalDate today) {
    this(test, seed, seedNote, runHint, injected, today, false);
  }

  /**
   * Creates the report of a test, or of a test class whose class-level method failed.
   *
   * @param test the test's or class's display path
   * @param seed the test's or class's seed
   * @param seedNote where the seed came from
   * @param runHint how to replay the whole run
   * @param injected one line per injected value, already abbreviated
   * @param today the run's reference date, which relative dates counted from
   * @param onClass whether the seed is the class's: a {@code @BeforeAll} or {@code @AfterAll}
   *     method failed, and its {@code @Seed} goes on the test class
   */
  public ForgeryReport(
      String test,
      long seed,
      String seedNote,
      String runHint,
      List<String> injected,
      LocalDate today,
      boolean onClass) {
    super(message(test, seed, seedNote, runHint, injected, today, onClass), null, false, false);
    this.test = test;
    this.seed = seed;
    this.runHint = runHint;
    this.onClass = onClass;
  }

  private static String message(
      String test,
      long seed,
      String seedNote,
      String runHint,
      List<String> injected,
      LocalDate today,
      boolean onClass) {
    StringBuilder out = new StringBuilder(256);
    out.append("forgery seed ")
        .append(Seeds.hex(seed))
        .append(" for ")
        .append(test)
        .append(" (")
        .append(seedNote)
        .append(')')
        .append(onClass ? "\n    replay this class: " : "\n    replay this test: ")
        .append(seedAnnotation(seed))
        .append(onClass ? " on the test class, with -D" : " with -D")
        .append(Settings.TODAY)
        .append('=')
        .append(today)
        .append("\n    replay the run:   ")
        .append(runHint);
    if (injected.isEmpty()) {
      out.append("\n    injected: nothing");
    } else {
      out.append("\n    injected:");
      for (String line : injected) {
        out.append("\n      ").append(line);
      }
    }
    return out.toString();
  }

  /**
   * Returns the annotation that pins a seed, ready to paste.
   *
   * @param seed the seed
   * @return e.g. {@code @Seed(0x5EEDL)}
   */
  public static String seedAnnotation(long seed) {
    return "@Seed(" + Seeds.hex(seed) + "L)";
  }

  /**
   * Returns the report in one line, for consoles and reports that do not show the stack trace in
   * full: the test, its seed, the {@code @Seed} that replays it and how to replay the run.
   *
   * @return e.g. {@code SignupTest > acceptsNewUsers(List) failed with forgery seed 0x5EED: replay
   *     it with @Seed(0x5EEDL) (run: -Dforgery.seed=0x2A)}
   */
  public String line() {
    return test
        + " failed with forgery seed "
        + Seeds.hex(seed)
        + ": replay it with "
        + paste()
        + " (run: "
        + runHint
        + ")";
  }

  /**
   * Returns what to paste to replay the failure: the {@code @Seed}, and for a class's seed where it
   * goes.
   *
   * @return e.g. {@code @Seed(0x5EEDL)} or {@code @Seed(0x5EEDL) on the test class}
   */
  public String paste() {
    return onClass ? seedAnnotation(seed) + " on the test class" : seedAnnotation(seed);
  }

  /**
   * Returns the failed test's display path.
   *
   * @return the test
   */
  public String test() {
    return test;
  }

  /**
   * Returns the failed test's seed.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns the hint that replays the whole run.
   *
   * @return e.g. {@code -Dforgery.seed=0x2A}
   */
  public String runHint() {
    return runHint;
  }

  /**
   * Finds the report attached to a failure, directly or to one of its causes.
   *
   * @param failure a test's exception, may be {@code null}
   * @return the report or {@code null}
   */
  public static ForgeryReport in(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      for (Throwable suppressed : t.getSuppressed()) {
        if (suppressed instanceof ForgeryReport) {
          return (ForgeryReport) suppressed;
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }
}
