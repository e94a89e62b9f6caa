package dev.forgery.junit5.internal;

import dev.forgery.Faker;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * forgery's JUnit configuration parameters, read from whatever supplies them: the extension's
 * {@code ExtensionContext}, or the launcher's test plan. JUnit falls back to JVM system properties,
 * so {@code -Dforgery.seed=42} on Maven's command line works through Surefire.
 *
 * <p>A value that is present but malformed is an error, never silently ignored: a typo in {@code
 * forgery.seed} must not quietly give a random run.
 */
public final class Settings {
  /** The run seed, decimal or {@code 0x} hex. */
  public static final String SEED = "forgery.seed";

  /** The default locale of injected values, e.g. {@code de_DE}. */
  public static final String LOCALE = "forgery.locale";

  /** {@code normal} (default) or {@code quiet}: whether the run-level listener prints. */
  public static final String REPORT = "forgery.report";

  /** {@code true} (default) or {@code false}: remember and replay the seeds of failed tests. */
  public static final String REPLAY = "forgery.replay";

  /** Where failed seeds are remembered. */
  public static final String REPLAY_FILE = "forgery.replay.file";

  /** {@code allow} (default), {@code warn} or {@code fail} when a test runs under an @Seed. */
  public static final String WHEN_FIXED = "forgery.seed.whenfixed";

  /**
   * The fork number Surefire substitutes for {@code ${surefire.forkNumber}}, set as a system
   * property only where a build passes it on ({@code <systemPropertyVariables>}).
   */
  public static final String SUREFIRE_FORK_NUMBER = "surefire.forkNumber";

  /**
   * The JVM's command line; in a Surefire fork its booter's arguments end with a name such as
   * {@code 2026-01-01T10-00-00_123-jvmRun2}, the number of the fork.
   */
  public static final String JAVA_COMMAND = "sun.java.command";

  /** The number of a Gradle test worker, set by Gradle in each test JVM. */
  public static final String GRADLE_WORKER = "org.gradle.test.worker";

  private static final Pattern SUREFIRE_RUN = Pattern.compile("-jvmRun(\\d+)(?:\\s|$)");
  private static final Pattern NUMBER = Pattern.compile("\\d+");

  /** The run's reference date for relative dates, ISO ({@code 2026-12-01}); default today, UTC. */
  public static final String TODAY = "forgery.today";

  /**
   * {@code true} (default) or {@code false}: whether {@code new Faker()} and {@code Forgery.*}
   * inside a test draw from the test's seed.
   */
  public static final String BIND = "forgery.bind";

  /** What to do when a test's seed is pinned in code. */
  public enum WhenFixed {
    /** Run as usual. */
    ALLOW,
    /** Run, and print a warning naming the test. */
    WARN,
    /** Fail the test: a pinned seed must not reach this build (set on CI). */
    FAIL
  }

  private final Function<String, Optional<String>> source;

  private Settings(Function<String, Optional<String>> source) {
    this.source = source;
  }

  /**
   * Reads settings from a source of configuration parameters.
   *
   * @param source returns the value of a key, if set
   * @return the settings
   */
  public static Settings of(Function<String, Optional<String>> source) {
    return new Settings(source);
  }

  // The look-ups below are written without lambdas: the settings are read on the way to a JVM's
  // first injected value, where each lambda is linked the first time it runs (thirty more lambdas
  // on that way cost the test thread 2.1-3.4 ms: RESULTS.md, "What a first value's test thread
  // does").

  /** The value of a key, stripped, if it is set. */
  private Optional<String> get(String key) {
    Optional<String> value = source.apply(key);
    return value.isPresent() ? Optional.of(value.get().strip()) : value;
  }

  /** The value of a key, stripped, if it is set and not blank. */
  private Optional<String> nonBlank(String key) {
    Optional<String> value = get(key);
    return value.isPresent() && value.get().isEmpty() ? Optional.empty() : value;
  }

  /**
   * The value of a key, stripped, if it is set; set but blank is an error. For the keys the replay
   * line prints ({@code -Dforgery.seed=... -Dforgery.today=...}): a blank one, as a build script
   * passing an unset variable writes it ({@code -Dforgery.seed=$SEED}), must not quietly mean a
   * random seed or the current date in a run meant to replay.
   */
  private Optional<String> refusingBlank(String key, String give) {
    Optional<String> value = get(key);
    if (value.isPresent() && value.get().isEmpty()) {
      throw new IllegalArgumentException(key + " is set but blank: " + give);
    }
    return value;
  }

  /** The value of a key, stripped, if it is set and a number. */
  private Optional<String> number(String key) {
    Optional<String> value = get(key);
    return value.isPresent() && !NUMBER.matcher(value.get()).matches() ? Optional.empty() : value;
  }

  /**
   * Returns the run seed set by {@code forgery.seed}, if any.
   *
   * @return the configured seed, or empty when the run is random
   * @throws IllegalArgumentException if the value is blank or not a number
   */
  public OptionalLong configuredSeed() {
    Optional<String> text =
        refusingBlank(
            SEED,
            "give a 64-bit seed in decimal (42, -7) or hex (0x5EED), or remove it for a"
                + " random run seed");
    if (text.isEmpty()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Seeds.parse(SEED, text.get()));
  }

  /**
   * Returns this run's seed: the configured one, or one random seed per JVM.
   *
   * @return the run seed
   * @throws IllegalArgumentException if {@code forgery.seed} is blank or not a number
   */
  public long runSeed() {
    OptionalLong configured = configuredSeed();
    return configured.isPresent() ? configured.getAsLong() : RandomRunSeed.SEED;
  }

  /**
   * Returns the default locale of injected values and of fakers made in a test without one,
   * checked: a test that only makes its own {@code new Faker()} must meet a bad locale as this
   * setting's error, not inside its own code as a failure of its own.
   *
   * @return the configured locale tag, or {@code en_US}
   * @throws IllegalArgumentException if forgery does not support the locale, naming the setting and
   *     the supported locales
   */
  public String locale() {
    String locale = nonBlank(LOCALE).orElse("en_US");
    try {
      new Faker(locale, 0L);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          LOCALE
              + ": "
              + e.getMessage()
              + ". Set "
              + LOCALE
              + " (-D or junit-platform.properties) to one of them, or remove it for en_US.",
          e);
    }
    return locale;
  }

  /**
   * Returns whether the listener should stay silent.
   *
   * @return {@code true} for {@code forgery.report=quiet}
   * @throws IllegalArgumentException for a value other than {@code normal} or {@code quiet}
   */
  public boolean quiet() {
    String value = get(REPORT).orElse("normal").toLowerCase(Locale.ROOT);
    switch (value) {
      case "normal":
        return false;
      case "quiet":
        return true;
      default:
        throw new IllegalArgumentException(
            REPORT + " must be 'normal' or 'quiet', got '" + value + "'");
    }
  }

  /**
   * Returns whether failed seeds are remembered and replayed.
   *
   * @return the value of {@code forgery.replay}, default {@code true}
   * @throws IllegalArgumentException for a value other than {@code true} or {@code false}
   */
  public boolean replay() {
    return flag(REPLAY);
  }

  /**
   * Returns whether data made without a seed inside a test ({@code new Faker()}, {@code Forgery.*})
   * is drawn from the test's seed.
   *
   * @return the value of {@code forgery.bind}, default {@code true}
   * @throws IllegalArgumentException for a value other than {@code true} or {@code false}
   */
  public boolean bind() {
    return flag(BIND);
  }

  /** A switch that is on unless set to {@code false}. */
  private boolean flag(String key) {
    String value = get(key).orElse("true").toLowerCase(Locale.ROOT);
    switch (value) {
      case "true":
        return true;
      case "false":
        return false;
      default:
        throw new IllegalArgumentException(key + " must be 'true' or 'false', got '" + value + "'");
    }
  }

  /**
   * Returns the date set by {@code forgery.today}, if any.
   *
   * @return the configured date, or empty when the run counts from the current date
   * @throws IllegalArgumentException if the value is blank, not an ISO date, or not of the years 1
   *     to 9999
   */
  public Optional<LocalDate> configuredToday() {
    Optional<String> text =
        refusingBlank(
            TODAY,
            "give an ISO date such as 2026-12-01, or remove it to count from the current"
                + " date");
    if (text.isEmpty()) {
      return Optional.empty();
    }
    LocalDate today;
    try {
      today = LocalDate.parse(text.get());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          TODAY + " must be an ISO date such as 2026-12-01, got '" + text.get() + "'", e);
    }
    if (today.getYear() < 1 || today.getYear() > 9999) {
      // As Faker.withToday: ages and windows around the date must stay within Java's dates.
      throw new IllegalArgumentException(
          TODAY + " must be a date from 0001-01-01 to 9999-12-31, got '" + text.get() + "'");
    }
    return Optional.of(today);
  }

  /**
   * Returns this run's reference date, which relative dates ({@code pastDate}, ages) count from:
   * the configured one, or the current date in UTC, read once per JVM.
   *
   * @return the run's date
   * @throws IllegalArgumentException if {@code forgery.today} is blank or not an ISO date
   */
  public LocalDate today() {
    return configuredToday().orElse(RunToday.DATE);
  }

  /**
   * Returns the file that remembers failed seeds: {@code forgery.replay.file}, else {@code
   * target/forgery/failed-seeds.properties} (or {@code build/...} in a Gradle project).
   *
   * @return the path, relative to the working directory unless configured absolute
   */
  public Path replayFile() {
    Optional<String> configured = nonBlank(REPLAY_FILE);
    if (configured.isPresent()) {
      try {
        return Path.of(configured.get());
      } catch (InvalidPathException e) {
        throw new IllegalArgumentException(
            REPLAY_FILE
                + " must be a file path, got '"
                + configured.get()
                + "' ("
                + e.getReason()
                + ")",
            e);
      }
    }
    String buildDir =
        Files.isRegularFile(Path.of("pom.xml")) || !Files.isDirectory(Path.of("build"))
            ? "target"
            : "build";
    return Path.of(buildDir, "forgery", "failed-seeds.properties");
  }

  /**
   * Returns the policy for seeds pinned in code with {@code @Seed}.
   *
   * @return the policy, default {@link WhenFixed#ALLOW}
   * @throws IllegalArgumentException for an unknown value
   */
  public WhenFixed whenFixed() {
    String value = get(WHEN_FIXED).orElse("allow").toLowerCase(Locale.ROOT);
    switch (value) {
      case "allow":
        return WhenFixed.ALLOW;
      case "warn":
        return WhenFixed.WARN;
      case "fail":
        return WhenFixed.FAIL;
      default:
        throw new IllegalArgumentException(
            WHEN_FIXED + " must be 'allow', 'warn' or 'fail', got '" + value + "'");
    }
  }

  /**
   * Names the test JVM among its siblings when the build tool runs tests in several forked JVMs:
   * {@code surefire.forkNumber} where the build passes it on, else the {@code -jvmRunN} of a
   * Surefire booter's command line, else Gradle's {@code org.gradle.test.worker}. Each fork draws
   * its own random run seed, so the header and the run hints say whose seed they print.
   *
   * @return e.g. {@code Surefire fork 2}, or empty outside a known forked test JVM
   */
  public Optional<String> fork() {
    Optional<String> number = number(SUREFIRE_FORK_NUMBER);
    if (number.isPresent()) {
      return Optional.of("Surefire fork " + number.get());
    }
    Optional<String> command = get(JAVA_COMMAND);
    if (command.isPresent() && command.get().contains("surefire")) {
      Matcher run = SUREFIRE_RUN.matcher(command.get());
      if (run.find()) {
        return Optional.of("Surefire fork " + run.group(1));
      }
    }
    Optional<String> worker = number(GRADLE_WORKER);
    return worker.isPresent()
        ? Optional.of("Gradle test worker " + worker.get())
        : Optional.empty();
  }

  /** One random run seed per JVM, shared by the extension and the listener that prints it. */
  private static final class RandomRunSeed {
    static final long SEED = Seeds.random();
  }

  /** One date per JVM, so a run that passes midnight keeps counting from the day it started. */
  private static final class RunToday {
    static final LocalDate DATE = LocalDate.now(ZoneOffset.UTC);
  }
}
