package dev.forgery.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.forgery.junit5.internal.Settings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The run report the extension prints (ADR 0023): the run seed first, each failure as it happens,
 * the failed tests last.
 */
class ListenerTest {

  @ExtendWith(ForgeryExtension.class)
  static class MixedTestCase {
    @Test
    void fails(@Forged String email) {
      throw new AssertionError("no");
    }

    @Test
    void passes(@Forged String email) {}

    @Test
    void failsWithoutForgery() {
      throw new AssertionError("plain");
    }
  }

  @ExtendWith(ForgeryExtension.class)
  static class PassingTestCase {
    @Test
    void passes(@Forged String email) {}
  }

  static class PlainTestCase {
    @Test
    void fails() {
      throw new AssertionError("not forgery's");
    }
  }

  private static List<String> run(Class<?> fixture, Map<String, String> config) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try {
      System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      execute(fixture, config);
    } finally {
      System.setOut(original);
    }
    return lines(bytes);
  }

  private static void execute(
      Class<?> fixture, Map<String, String> config, TestExecutionListener... listeners) {
    Launcher launcher =
        LauncherFactory.create(
            LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build());
    launcher.execute(
        LauncherDiscoveryRequestBuilder.request()
            .selectors(selectClass(fixture))
            .configurationParameters(Kit.NOT_A_FORK)
            .configurationParameters(config)
            .build(),
        listeners);
  }

  private static List<String> lines(ByteArrayOutputStream bytes) {
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  /**
   * The line printed for a failed test of {@link MixedTestCase} as it fails, up to its run hint.
   */
  private static final String FAILURE_LINE =
      "\\[forgery\\] ListenerTest\\$MixedTestCase > fails(WithoutForgery)?\\(.*\\) failed with"
          + " forgery seed (0x[0-9A-F]+): replay it with @Seed\\(\\2L\\) \\(run: ";

  @Test
  void printsTheRunSeedFirstEachFailureAsItHappensAndOneLinePerFailedTestLast() {
    List<String> lines =
        run(
            MixedTestCase.class,
            Map.of(
                "forgery.seed", "0x2A", "forgery.replay", "false", "forgery.today", "2024-06-15"));
    assertThat(lines).hasSize(6);
    assertThat(lines.get(0))
        .isEqualTo(
            "[forgery] run seed 0x2A (from forgery.seed); replay this run with"
                + " -Dforgery.seed=0x2A -Dforgery.today=2024-06-15");
    assertThat(lines.subList(1, 3))
        .allMatch(
            l -> l.matches(FAILURE_LINE + "-Dforgery.seed=0x2A -Dforgery.today=2024-06-15\\)"));
    assertThat(lines.get(3))
        .isEqualTo(
            "[forgery] 2 failed tests; paste the @Seed on a test method to replay its data:");
    assertThat(lines.subList(4, 6))
        .allMatch(
            l ->
                l.matches(
                    "\\[forgery\\]   ListenerTest\\$MixedTestCase > fails(WithoutForgery)?\\(.*\\):"
                        + " @Seed\\(0x[0-9A-F]+L\\) \\(run: -Dforgery.seed=0x2A"
                        + " -Dforgery.today=2024-06-15\\)"));
  }

  /**
   * A runner's own listener, registered after forgery's as Surefire's is, hears that a test
   * finished first (the launcher notifies in reverse); what forgery prints for a failure must come
   * before that, or the runner files it under the next test.
   */
  @Test
  void aFailureIsPrintedWhileItsTestIsStillRunning() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    TestExecutionListener runner =
        new TestExecutionListener() {
          @Override
          public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            if (test.isTest()) {
              out.println("finished " + test.getDisplayName());
            }
          }
        };
    PrintStream original = System.out;
    try {
      System.setOut(out);
      execute(
          MixedTestCase.class, Map.of("forgery.seed", "0x2A", "forgery.replay", "false"), runner);
    } finally {
      System.setOut(original);
    }
    List<String> lines = lines(bytes);
    for (String test : List.of("fails(String)", "failsWithoutForgery()")) {
      int finished = lines.indexOf("finished " + test);
      assertThat(finished).as(test).isPositive();
      assertThat(lines.get(finished - 1))
          .startsWith(
              "[forgery] ListenerTest$MixedTestCase > " + test + " failed with forgery seed");
    }
    assertThat(lines).filteredOn(l -> l.contains(" failed with forgery seed ")).hasSize(2);
  }

  /**
   * A runner may swap in the stream that carries test output to its report after the run began;
   * what the report prints must go to the stream that is standard output when it prints.
   */
  @Test
  void printsToStandardOutputAsItIsWhenPrinting() {
    ByteArrayOutputStream before = new ByteArrayOutputStream();
    ByteArrayOutputStream after = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try {
      System.setOut(new PrintStream(before, true, StandardCharsets.UTF_8));
      TestExecutionListener swap =
          new TestExecutionListener() {
            @Override
            public void executionStarted(TestIdentifier test) {
              System.setOut(new PrintStream(after, true, StandardCharsets.UTF_8));
            }
          };
      execute(
          PassingTestCase.class, Map.of("forgery.seed", "7", "forgery.today", "2024-06-15"), swap);
    } finally {
      System.setOut(original);
    }
    assertThat(before.size()).isZero();
    assertThat(lines(after))
        .containsExactly(
            "[forgery] run seed 0x7 (from forgery.seed); replay this run with -Dforgery.seed=0x7"
                + " -Dforgery.today=2024-06-15");
  }

  @Test
  void aRunWithoutForgeryPrintsNothing() {
    assertThat(run(PlainTestCase.class, Map.of())).isEmpty();
  }

  @Test
  void aRandomRunSaysSo() {
    List<String> lines = run(PassingTestCase.class, Map.of("forgery.replay", "false"));
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0))
        .matches(
            "\\[forgery\\] run seed 0x[0-9A-F]+ \\(random\\); replay this run with"
                + " -Dforgery.seed=0x[0-9A-F]+ -Dforgery.today=\\d{4}-\\d{2}-\\d{2}");
  }

  @Test
  void quietPrintsNothing() {
    assertThat(
            run(MixedTestCase.class, Map.of("forgery.report", "quiet", "forgery.replay", "false")))
        .isEmpty();
  }

  @Test
  void badSettingsArePrintedNotThrown() {
    assertThat(run(PassingTestCase.class, Map.of("forgery.seed", "x", "forgery.report", "loud")))
        .containsExactly(
            "[forgery] forgery.report must be 'normal' or 'quiet', got 'loud'",
            "[forgery] forgery.seed must be a 64-bit seed in decimal (42, -7) or hex (0x5EED), got"
                + " 'x'");
  }

  @Test
  void aForkSaysWhichItIsAndWhatItsSeedReplays() {
    List<String> lines =
        run(
            MixedTestCase.class,
            Map.of("sun.java.command", Kit.SUREFIRE_FORK_2, "forgery.replay", "false"));
    String seed = lines.get(0).replaceAll(".*-Dforgery\\.seed=(0x[0-9A-F]+) .*$", "$1");
    String today = "-Dforgery.today=" + Settings.of(key -> Optional.empty()).today();
    assertThat(lines.get(0))
        .isEqualTo(
            "[forgery] Surefire fork 2"
                + Kit.PID
                + ": run seed "
                + seed
                + " (random, this fork's own: each fork draws one); replay the tests of this fork"
                + " with -Dforgery.seed="
                + seed
                + " "
                + today);
    assertThat(lines).hasSize(6);
    assertThat(lines)
        .filteredOn(l -> l.contains("@Seed("))
        .hasSize(4)
        .allMatch(
            l ->
                l.endsWith(
                    "(run: -Dforgery.seed="
                        + seed
                        + " "
                        + today
                        + " replays the tests that ran in Surefire fork 2"
                        + Kit.PID
                        + ")"));

    assertThat(
            run(
                PassingTestCase.class,
                Map.of(
                    "sun.java.command",
                    Kit.SUREFIRE_FORK_2,
                    "forgery.seed",
                    "42",
                    "forgery.replay",
                    "false")))
        .containsExactly(
            "[forgery] Surefire fork 2"
                + Kit.PID
                + ": run seed 0x2A (from forgery.seed); replay this run with"
                + " -Dforgery.seed=0x2A "
                + today);
  }

  private static Optional<String> fork(Map<String, String> properties) {
    return Settings.of(key -> Optional.ofNullable(properties.get(key))).fork();
  }

  @Test
  void forksAreToldApartByWhatTheBuildToolSets() {
    assertThat(fork(Map.of("sun.java.command", Kit.SUREFIRE_FORK_2))).hasValue("Surefire fork 2");
    assertThat(fork(Map.of("surefire.forkNumber", "3", "sun.java.command", Kit.SUREFIRE_FORK_2)))
        .hasValue("Surefire fork 3");
    assertThat(fork(Map.of("org.gradle.test.worker", "12"))).hasValue("Gradle test worker 12");
    // An unsubstituted placeholder, a -jvmRun outside Surefire, a booter without one: no fork.
    assertThat(fork(Map.of("surefire.forkNumber", "${surefire.forkNumber}"))).isEmpty();
    assertThat(fork(Map.of("sun.java.command", "com.example.Main -jvmRun2"))).isEmpty();
    assertThat(fork(Map.of("sun.java.command", "surefirebooter.jar /tmp -jvmRun"))).isEmpty();
    assertThat(fork(Map.of("org.gradle.test.worker", "one"))).isEmpty();
    assertThat(fork(Map.of())).isEmpty();
  }

  @Test
  void aCorruptReplayFileIsPrintedOnce(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("seeds.properties");
    java.nio.file.Files.writeString(file, "junk\n");
    List<String> lines = run(MixedTestCase.class, Map.of("forgery.replay.file", file.toString()));
    assertThat(lines)
        .filteredOn(l -> l.contains("malformed"))
        .containsExactly(
            "[forgery] the replay file "
                + file
                + " has a malformed line, ignored: line 1: 'junk' (not <test id>=<seed>). Its"
                + " other entries are replayed. Delete the file to start afresh, or leave it:"
                + " forgery rewrites it without these lines when it next remembers or forgets a"
                + " seed.");
  }

  @Test
  void replaysAndFixedSeedWarningsArePrintedAsTheyHappen(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("seeds.properties");
    java.nio.file.Files.writeString(
        file,
        "[engine\\:junit-jupiter]/[class\\:dev.forgery.junit5.ListenerTest$MixedTestCase]"
            + "/[method\\:passes(java.lang.String)]=0x77\n");
    List<String> lines = run(MixedTestCase.class, Map.of("forgery.replay.file", file.toString()));
    assertThat(lines)
        .contains(
            "[forgery] replaying seed 0x77 for ListenerTest$MixedTestCase > passes(String), which"
                + " failed with it last run");
    assertThat(java.nio.file.Files.readString(file)).doesNotContain("passes").contains("fails");

    List<String> warned =
        run(
            ErrorsTest.PinnedClassTestCase.class,
            Map.of("forgery.seed.whenfixed", "warn", "forgery.replay", "false"));
    assertThat(warned).anyMatch(l -> l.contains("runs with a seed fixed by @Seed on its class"));
  }
}
