package dev.forgery.junit5.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A test JVM's run seed and what the {@code -Dforgery.seed} that prints it replays.
 *
 * <p>Without {@code forgery.seed} each JVM draws its own random run seed. When a build runs tests
 * in several forked JVMs (Surefire's {@code forkCount}, Gradle's {@code maxParallelForks}), each
 * fork therefore has its own seed, and passing one fork's seed back replays the tests that fork
 * ran, not the whole run: the texts here say so, naming the fork and, since Surefire gives a
 * finished fork's number to the next JVM when forks are not reused, the JVM's process id (see ADR
 * 0019).
 */
public final class RunSeed {
  private final long seed;
  private final boolean configured;
  private final Optional<String> fork;
  private final LocalDate today;
  private final String hint;

  private RunSeed(long seed, boolean configured, Optional<String> fork, LocalDate today) {
    this.seed = seed;
    this.configured = configured;
    this.fork = fork;
    this.today = today;
    // Every test's state holds it: made once a run, not once a test.
    String flag = flags();
    this.hint =
        configured || fork.isEmpty() ? flag : flag + " replays the tests that ran in " + fork.get();
  }

  /**
   * Reads the run seed of this JVM from the settings.
   *
   * @param settings the configuration parameters
   * @return the run seed
   * @throws IllegalArgumentException if {@code forgery.seed} is not a number or {@code
   *     forgery.today} not a date
   */
  public static RunSeed of(Settings settings) {
    OptionalLong configured = settings.configuredSeed();
    return new RunSeed(
        configured.isPresent() ? configured.getAsLong() : settings.runSeed(),
        configured.isPresent(),
        // Surefire hands a fork's number to the next JVM when forks are not reused
        // (reuseForks=false), so the number alone does not say which JVM a seed belongs to.
        fork(settings.fork()),
        settings.today());
  }

  /** The fork's name with the JVM's process id; without a function, as ADR 0034 asks. */
  private static Optional<String> fork(Optional<String> fork) {
    return fork.isPresent()
        ? Optional.of(fork.get() + ", process " + ProcessHandle.current().pid())
        : fork;
  }

  /** The flags that replay the run: its seed and its reference date. */
  private String flags() {
    return "-Dforgery.seed=" + Seeds.hex(seed) + " -D" + Settings.TODAY + "=" + today;
  }

  /**
   * Returns the run's reference date: {@code forgery.today}, or the current UTC date.
   *
   * @return the date
   */
  public LocalDate today() {
    return today;
  }

  /**
   * Returns the run seed.
   *
   * @return the configured seed, or this JVM's random one
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns the line that opens the run's report, e.g. {@code run seed 0x2A (random); replay this
   * run with -Dforgery.seed=0x2A}, or in a fork with a random seed {@code Surefire fork 2, process
   * 4242: run seed 0x2A (random, this fork's own: each fork draws one); replay the tests of this
   * fork with -Dforgery.seed=0x2A}.
   *
   * @return the header, without the {@code [forgery]} prefix
   */
  public String header() {
    String flag = flags();
    String head = (fork.isPresent() ? fork.get() + ": " : "") + "run seed " + Seeds.hex(seed);
    if (configured) {
      return head + " (from forgery.seed); replay this run with " + flag;
    }
    if (fork.isEmpty()) {
      return head + " (random); replay this run with " + flag;
    }
    return head
        + " (random, this fork's own: each fork draws one); replay the tests of this fork with "
        + flag;
  }

  /**
   * Returns how to replay the run a test belonged to, for its failure report.
   *
   * @return {@code -Dforgery.seed=0x2A}, or in a fork with a random seed {@code -Dforgery.seed=0x2A
   *     replays the tests that ran in Surefire fork 2, process 4242}
   */
  public String hint() {
    return hint;
  }

  /**
   * Returns the run hint for a test whose own seed was replayed from the replay file (which happens
   * only when {@code forgery.seed} is not set): the run seed replays the other tests only.
   *
   * @return e.g. {@code -Dforgery.seed=0x2A -Dforgery.today=2026-12-01 replays the other tests, not
   *     this one: its seed came from the replay file}
   */
  public String hintForOthers() {
    return flags()
        + " replays the other tests"
        + (fork.isPresent() ? " that ran in " + fork.get() : "")
        + ", not this one: its seed came from the replay file";
  }
}
